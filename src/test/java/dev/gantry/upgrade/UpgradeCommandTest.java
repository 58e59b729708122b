package dev.gantry.upgrade;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.catalog.Lifecycles;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `gantry upgrade` end to end: what it writes into environment.yaml, what it regenerates, what it refuses. */
class UpgradeCommandTest {

    /** A project's file as people write them: comments, blank lines, block and flow styles, all three quotings. */
    static final String COMMENTED = """
            # yaml-language-server: $schema=.gantry/environment.schema.json
            #
            # Shop — the developers' stack 🚀. Comments, blank lines and key order are ours: keep them.
            gantry: 1

            project:
              name: shop          # the compose project and image names
              registry: registry.example.com/acme

            images:
              base:
                description: "Ops base image: PHP-FPM with the shop's extensions"
                from: 'php:8.2-fpm-bookworm'      # single-quoted, with the image's variant
                stages:
                  - name: os
                    run:
                      - |
                        apt-get update
                        apt-get install -y --no-install-recommends git unzip
                  - {name: extensions, run: [docker-php-ext-install pdo_mysql intl]}
              app:
                from: base
                stages: [{name: code, copy: [{src: app/, dest: /var/www/app/}]}]

            services:
              app: {image: app, ports: [9000], depends_on: [db, cache]}
              web:
                image: "nginx:1.26.2"             # double-quoted, a patch release
                ports: ["8080:80"]
                depends_on: [app]
              db: {use: mariadb:10.6, config: {database: shop}}   # flow style, plain
              cache:
                use: &cache redis:7.0             # an anchor the qa environment repeats
              # search comes later
              search:
                use: "solr:9.6"

            environments:
              dev:
                targets: [compose]
              qa:
                extends: dev
                services:
                  cache: {use: *cache}
            """;

    @TempDir
    Path dir;

    /** The ezplatform example's file, with the Solr configset folder its Platform.sh environment names. */
    private String ezplatform() throws Exception {
        Files.createDirectories(dir.resolve(".platform/configsets/solr9"));
        return Files.readString(Path.of("examples/ezplatform/environment.yaml"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"LF", "CRLF", "BOM and CRLF"})
    void changesTheValuesAndKeepsEveryOtherByte(String form) throws Exception {
        String text = form.equals("LF") ? COMMENTED : COMMENTED.replace("\n", "\r\n");
        byte[] bom = form.startsWith("BOM") ? new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF} : new byte[0];
        TempProject project = new TempProject(dir).writeBytes(bytes(bom, text));
        Files.setPosixFilePermissions(project.file(), PosixFilePermissions.fromString("rw-r-----"));
        assertEquals(0, project.run("generate").exit());

        CliRun run = project.run("upgrade", "php:8.3", "web:1.28.3", "db:11.4", "cache:7.4", "search:9.8");

        assertEquals(0, run.exit(), run.out() + run.err());
        String expected = text.replace("'php:8.2-fpm-bookworm'", "'php:8.3-fpm-bookworm'")
                .replace("\"nginx:1.26.2\"", "\"nginx:1.28.3\"").replace("{use: mariadb:10.6,", "{use: mariadb:11.4,")
                .replace("&cache redis:7.0", "&cache redis:7.4").replace("\"solr:9.6\"", "\"solr:9.8\"");
        assertArrayEquals(bytes(bom, expected), Files.readAllBytes(project.file()));
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(project.file())));
        assertTrue(run.out().startsWith("""
                %1$s:13:11: images.base.from: php:8.2-fpm-bookworm -> php:8.3-fpm-bookworm
                %1$s:28:12: services.web.image: nginx:1.26.2 -> nginx:1.28.3
                %1$s:31:13: services.db.use: mariadb:10.6 -> mariadb:11.4 (a new major line)
                %1$s:33:10: services.cache.use: redis:7.0 -> redis:7.4
                %1$s:36:10: services.search.use: solr:9.6 -> solr:9.8
                """.formatted(project.file())), run.out());
        assertTrue(run.out().contains("run `./dk --env qa upgrade-db db`"), run.out());
        String compose = Files.readString(dir.resolve("docker-compose.qa.yml"));
        assertTrue(compose.contains("image: \"redis:7.4\""), "the alias follows its anchor");
        assertTrue(compose.contains("image: \"mariadb:11.4\""));
        assertEquals(0, project.run("generate", "--check").exit(), "regenerated as generate would");
    }

    @Test
    void aVersionATargetCannotRunIsRefusedWithItsDiagnosticAndNothingIsWritten() throws Exception {
        TempProject project = new TempProject(dir).write(ezplatform());
        assertEquals(0, project.run("generate").exit());
        Map<String, String> before = project.snapshot();

        CliRun run = project.run("upgrade", "php:8.5");

        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains(project.file() + ":22:11: error[E420]: Platform.sh does not offer php 8.5 (image"
                + " `base` starts from `php:8.5-fpm-bookworm`)\n  hint: Platform.sh offers php 8.1, 8.2, 8.3, 8.4"),
                run.err());
        assertTrue(run.err().contains("nothing was written"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertEquals(before, project.snapshot());
    }

    @Test
    void withoutAVersionANameMovesToTheNewestEveryTargetRuns() throws Exception {
        TempProject project = new TempProject(dir).write(ezplatform());
        assertEquals(0, project.run("generate").exit());

        CliRun run = project.run("upgrade", "mariadb");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().startsWith(project.file() + ":104:10: services.db.use: mariadb:10.11 -> mariadb:11.4 (a new"
                + " major line)\n  not mariadb:11.8: Platform.sh does not offer mariadb 11.8 (service `db` in"
                + " environment `platform`)\n"), run.out());
        assertTrue(Files.readString(project.file()).contains("    use: mariadb:11.4\n"));
        assertTrue(run.out().contains("mariadb 10.11 -> 11.4, a new major line on Platform.sh: Platform.sh upgrades"
                + " the service in place, one version it offers at a time (10.11 -> 11.0 -> 11.2 -> 11.4)"), run.out());
        assertTrue(run.out().contains("run `./dk --env dev upgrade-db db`"), run.out());
        assertTrue(run.out().contains("Databases outside the generated files:\n  mariadb 10.11 -> 11.4, a new major"
                + " line: `prod` reaches it as an external service, which Gantry does not run: upgrade it with its"
                + " provider's own procedure (for Amazon RDS for MariaDB, its major version upgrade)"), run.out());
    }

    @Test
    void dryRunShowsTheChangesAndWritesNothing() throws Exception {
        TempProject project = new TempProject(dir).write(ezplatform());
        assertEquals(0, project.run("generate").exit());
        Map<String, String> before = project.snapshot();

        CliRun run = project.run("upgrade", "web:1.28.3", "--dry-run");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(before, project.snapshot());
        assertTrue(run.out().contains("-    image: nginx:1.27.3\n+    image: nginx:1.28.3\n"), run.out());
        assertTrue(run.out().contains("  changed  docker-compose.dev.yml  (+1 -1)\n"), run.out());
        assertTrue(run.out().endsWith("gantry: dry run: nothing was written\n"), run.out());
    }

    @Test
    void patchMovesPatchReleasesOnlyToTheNewestOfTheirLine() throws Exception {
        TempProject project = new TempProject(dir).write(Files.readString(Path.of("examples/shopware/environment.yaml")));

        CliRun run = project.run("upgrade", "--patch", "--dry-run");

        assertEquals(0, run.exit(), run.out() + run.err());
        String php = Lifecycles.get().ofImage("php").orElseThrow().line("8.3").orElseThrow().latest().orElseThrow();
        String nginx = Lifecycles.get().ofImage("nginx").orElseThrow().line("1.27").orElseThrow().latest()
                .orElseThrow();
        assertTrue(run.out().contains("images.base.from: php:8.3.14-fpm-bookworm -> php:" + php + "-fpm-bookworm\n"),
                run.out());
        assertTrue(run.out().contains("services.web.image: nginx:1.27.3 -> nginx:" + nginx + "\n"), run.out());
        assertTrue(run.out().contains("services.db.use: mysql:8.0 stays\n"), "a line floats with its patches");
    }

    @Test
    void minorStaysOnTheMajorLine() throws Exception {
        TempProject project = new TempProject(dir).write(COMMENTED);

        CliRun run = project.run("upgrade", "--minor", "db", "cache", "--dry-run");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("services.db.use: mariadb:10.6 -> mariadb:10.11\n"), run.out());
        assertTrue(run.out().contains("services.cache.use: redis:7.0 -> redis:7.4\n"), run.out());
    }

    @Test
    void aHandEditedGeneratedFileStopsItBeforeEnvironmentYamlChanges() throws Exception {
        TempProject project = new TempProject(dir).write(COMMENTED);
        assertEquals(0, project.run("generate").exit());
        Files.writeString(dir.resolve("docker-compose.dev.yml"), "# mine\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);
        Map<String, String> before = project.snapshot();

        CliRun run = project.run("upgrade", "db:10.11");

        assertEquals(4, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("docker-compose.dev.yml: edited by hand"), run.err());
        assertTrue(run.err().contains("environment.yaml was not changed either"), run.err());
        assertEquals(before, project.snapshot());
    }

    @Test
    void namesNothingOrTooMuch() throws Exception {
        TempProject project = new TempProject(dir).write(COMMENTED);

        CliRun unknown = project.run("upgrade", "mariabd");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("`mariabd` is no service, image, catalog kind or image repository with a"
                + " pinned version; did you mean `mariadb`?"), unknown.err());

        assertEquals(2, project.run("upgrade").exit());
        assertEquals(2, project.run("upgrade", "--minor", "db:11.4").exit());
        assertEquals(2, project.run("upgrade", "--minor", "--patch").exit());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "nothing written");
        }
    }

    @Test
    void nothingToUpgrade() throws Exception {
        TempProject project = new TempProject(dir).write(COMMENTED.replace("solr:9.6", "solr:9.8"));

        CliRun run = project.run("upgrade", "search");

        assertEquals(0, run.exit(), run.out() + run.err());
        assertEquals(project.file() + ":36:10: services.search.use: solr:9.8 stays\ngantry: nothing to upgrade\n",
                run.out());
    }

    private static byte[] bytes(byte[] bom, String text) {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}
