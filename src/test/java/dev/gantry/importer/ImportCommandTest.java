package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostics;
import dev.gantry.importer.verify.Row;
import dev.gantry.importer.verify.Verification;
import dev.gantry.importer.verify.Verifier;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YamlLoader;
import dev.gantry.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry import} on projects written for these tests, each round-tripped with
 * {@code --verify}: what is carried must come back from the generated files, and what Gantry cannot
 * say yet must be reported, with the issue that adds it. When a key lands (issues 19, 20 and 21),
 * its entries leave the lists below.
 */
class ImportCommandTest {

    /** The shop's settings Gantry cannot say yet, by place and setting, with the issue that adds each. */
    /** Every setting of the shop has a typed key or passes through raw since issues 19 and 20. */
    private static final Map<String, String> SHOP_NOT_CARRIED = Map.of();

    /** Keys Gantry has since issue 21 that import does not write yet. */
    private static final String ISSUE_21_KEY = "since issue 21, but import does not write it yet";
    /** What waits for raw of Platform.sh and Upsun, which another change builds. */
    private static final String RAW_COMING = "import does not write it into `raw.platformsh` yet";

    private static final Map<String, String> PLATFORM_NOT_CARRIED = new TreeMap<>(Map.ofEntries(
            Map.entry(".platform.app.yaml:67:16 app:app source.operations.auto-update.command", ISSUE_21_KEY),
            // a second upstream route and a route id (typed since issue 21; import writes one upstream route)
            Map.entry("routes.yaml:13:9 route:https://api.{default}/ type", RAW_COMING),
            Map.entry("routes.yaml:14:13 route:https://api.{default}/ upstream", RAW_COMING),
            Map.entry("routes.yaml:15:7 route:https://api.{default}/ id", RAW_COMING)));

    private static final Map<String, String> UPSUN_NOT_CARRIED = new TreeMap<>(Map.ofEntries(
            Map.entry("config.yaml:28:17 app:shop mounts.public/uploads.source", ISSUE_21_KEY),
            Map.entry("config.yaml:29:22 app:shop mounts.public/uploads.source_path", ISSUE_21_KEY)));

    @Test
    void shopComposeStackWithOverlaysInitContainerAndDockerfile(@TempDir Path dir) throws Exception {
        Path shop = Fixtures.copy("shop", dir);
        String base = shop.resolve("docker-compose.yml").toString();
        Path out = shop.resolve("environment.yaml");
        CliRun run = CliRun.of("import", "--verify", "-o", out.toString(), "--env", "dev", base,
                shop.resolve("docker-compose.dev.yml").toString(), "--env", "prod", base,
                shop.resolve("docker-compose.prod.yml").toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertFalse(run.hasStackTrace(), run.err());
        Verification verification = verify(shop, Map.of("dev", List.of("docker-compose.yml", "docker-compose.dev.yml"),
                "prod", List.of("docker-compose.yml", "docker-compose.prod.yml")));
        assertEquals(SHOP_NOT_CARRIED.keySet(), notCarried(verification).keySet());
        notCarried(verification).forEach((setting, reason) -> assertTrue(reason.contains(SHOP_NOT_CARRIED.get(setting)),
                setting + ": " + reason));
        assertTrue(verification.count(dev.gantry.importer.Carry.IDENTICAL) > 40, verification::table);

        String yaml = Files.readString(out);
        assertTrue(yaml.startsWith("# yaml-language-server: $schema=.gantry/environment.schema.json\n"), yaml);
        for (String secret : List.of("s3cret-db", "r00t-pw", "abcdef0123456789")) {
            assertFalse(yaml.contains(secret), "a secret's value in environment.yaml: " + secret);
            assertFalse(run.out().contains(secret) || run.err().contains(secret), "a secret's value printed: " + secret);
        }
        // the choices import made are said where they were made
        assertTrue(yaml.contains("# took `db` as the catalog's mariadb:10.11"), yaml);
        assertTrue(yaml.contains("MYSQL_DATABASE, MYSQL_USER, MYSQL_PASSWORD, MYSQL_ROOT_PASSWORD are the catalog's"),
                yaml);
        // the init container is waited for to complete; a list `depends_on` of compose waits for a start only
        assertTrue(yaml.contains("      migrate: {condition: service_completed_successfully}\n"), yaml);
        assertTrue(yaml.contains("    depends_on:\n      app: {condition: service_started}\n"), yaml);
        // `${X:-default}` and friends are read where compose starts the stack, as before
        assertTrue(yaml.contains("APP_ENV: {from_env: APP_ENV, default: prod}"), yaml);
        assertTrue(yaml.contains("TZ: {from_env: TZ, default: Europe/Berlin, allow_empty: true}"), yaml);
        assertTrue(yaml.contains("SHOP_URL: {from_env: SHOP_URL, allow_empty: true}"), yaml);
        // the prod compose file builds its images on the host, and still does
        assertTrue(yaml.contains("    compose: {build: true}\n"), yaml);
        assertTrue(yaml.contains("DATABASE_URL: {ref: db.url}"), yaml);
        assertTrue(yaml.contains("secrets: [APP_SECRET]"), yaml);
        assertLoads(out);
        // the shop's own docker-compose.dev.yml and .prod.yml have the names of generated files: elsewhere
        CliRun generate = CliRun.of("generate", "-f", out.toString(), "-o", dir.resolve("generated").toString());
        assertEquals(0, generate.exit(), generate.err());
    }

    @Test
    void aStackWithEverythingSaidIsCarriedCompletely(@TempDir Path dir) throws Exception {
        Path simple = Fixtures.copy("simple", dir);
        CliRun run = CliRun.of("import", "--verify", simple.resolve("compose.yaml").toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("All 23 settings are carried"), run.out());
        assertFalse(Files.exists(simple.resolve("environment.yaml")), "--verify without -o writes nothing");
        assertFalse(run.out().contains("blog-secret-42"), run.out());
    }

    @Test
    void composeKeysWithTypedKeysAreTypedAndTheRestPassesThroughRaw(@TempDir Path dir) throws Exception {
        Path keys = Fixtures.copy("keys", dir);
        Path out = keys.resolve("environment.yaml");
        CliRun run = CliRun.of("import", "--verify", "-o", out.toString(), keys.resolve("compose.yaml").toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.out().contains("All 59 settings are carried"), run.out());
        String yaml = Files.readString(out);
        for (String typed : List.of(
                // compose splits a string command into words, and so does Gantry now
                "    command: [--api.insecure=true, --providers.docker]\n",
                "      host.docker.internal: host-gateway\n",
                "    init: true\n", "    stop_signal: SIGTERM\n", "    stop_grace_period: 90s\n",
                "      driver: json-file\n      options:\n        max-size: 10m\n",
                "    placement:\n      constraints: [node.role == manager]\n",
                "      APP_DEBUG: {from_env: APP_DEBUG, required: false}\n",
                "      APP_ENV: {from_env: APP_ENV, default: dev}\n",
                "    volumes: [./src:/var/www/html:cached, ~/.composer:/root/.composer]\n",
                "      setup: {condition: service_completed_successfully}\n      db: {condition: service_healthy}\n",
                "    stdin_open: true\n    tty: true\n    tmpfs: [/tmp, /var/www/html/var/cache]\n",
                "    shm_size: 256MB\n", "        soft: 20000\n        hard: 40000\n",
                "      net.core.somaxconn: 1024\n", "    profiles: [tools]\n    container_name: app-tools\n",
                "    networks:\n      front:\n        driver: bridge\n      back:\n        internal: true\n")) {
            assertTrue(yaml.contains(typed), typed + " in\n" + yaml);
        }
        // what has no typed key passes through raw, at the service and at the file
        for (String raw : List.of("        cap_drop: [ALL]\n", "        hostname: app.internal\n",
                "          front:\n            aliases: [edge]\n",
                "          restart_policy:\n            condition: on-failure\n",
                "          db:\n            restart: true\n",
                // a random host port has no typed form: the list goes raw, the typed one stays for Gantry's checks
                "        ports: [\"8025:8025\", \"1025\"]\n        restart: on-failure:3\n",
                "        healthcheck:\n          start_interval: 2s\n",
                "        volumes:\n          uploads:\n            driver_opts:\n")) {
            assertTrue(yaml.contains(raw), raw + " in\n" + yaml);
        }
        // a moving tag is accepted where it is, and said
        assertTrue(yaml.contains("    image: mailhog/mailhog\n    unpinned: true\n"), yaml);
        assertFalse(yaml.contains("not carried"), yaml);
        assertLoads(out);
    }

    @Test
    void platformShWithVarnishInFrontWorkersAndCrons(@TempDir Path dir) throws Exception {
        Path platform = Fixtures.copy("platform", dir);
        Path out = platform.resolve("environment.yaml");
        CliRun run = CliRun.of("import", "--verify", "-o", out.toString(), platform.toString());
        assertEquals(5, run.exit(), run.err() + run.out());
        Verification verification = verify(platform, Map.of("platform", List.of(".platform.app.yaml",
                ".platform/services.yaml", ".platform/routes.yaml")));
        assertEquals(PLATFORM_NOT_CARRIED.keySet(), notCarried(verification).keySet());
        notCarried(verification).forEach((setting, reason) -> assertTrue(
                reason.contains(PLATFORM_NOT_CARRIED.get(setting)), setting + ": " + reason));
        String yaml = Files.readString(out);
        assertTrue(yaml.contains("    in_front_of: app\n"), yaml);
        // Redis's eviction policy on Platform.sh, a key since issue 21
        assertTrue(yaml.contains("    platformsh:\n      maxmemory_policy: allkeys-lru\n"), yaml);
        assertTrue(yaml.contains("          workers:\n            queue:\n              size: S\n"), yaml);
        assertTrue(yaml.contains("  queue:\n    image: app\n    command: bin/console messenger:consume async"), yaml);
        assertTrue(yaml.contains("            reports:\n              spec: 0 3 * * *\n"), yaml);
        assertLoads(out);
    }

    @Test
    void upsunConfiguration(@TempDir Path dir) throws Exception {
        Path upsun = Fixtures.copy("upsun", dir);
        CliRun run = CliRun.of("import", "--verify", "-o", upsun.resolve("environment.yaml").toString(),
                upsun.resolve(".upsun/config.yaml").toString());
        assertEquals(5, run.exit(), run.err() + run.out());
        Verification verification = verify(upsun, Map.of("platform", List.of(".upsun/config.yaml")));
        assertEquals(UPSUN_NOT_CARRIED.keySet(), notCarried(verification).keySet());
    }

    @Test
    void badInputIsReportedAtItsPlaceAndNothingIsWritten(@TempDir Path dir) throws Exception {
        Map<String, String> cases = new TreeMap<>(Map.of(
                "broken.yml", "services:\n  app: [unclosed\n",
                "pod.yml", "apiVersion: v1\nkind: Pod\n",
                "v1.yml", "web:\n  image: nginx:1.27\n",
                "required.yml", "services:\n  app:\n    image: nginx:1.27\n    environment:\n      X: ${NOPE:?set NOPE}\n",
                "Dockerfile", "FROM php:8.3\nFORM php:8.3\n",
                "duplicate.yml", "services:\n  app:\n    image: nginx:1.27\n  app:\n    image: nginx:1.27\n"));
        Map<String, String> expected = Map.of(
                "broken.yml", "broken.yml:3:1: error[E905]: not valid YAML",
                "pod.yml", "pod.yml:1:1: error[E922]: not a compose file: `apiVersion` is not a top-level key",
                "v1.yml", "v1.yml:1:1: error[E923]: compose file format 1 (services at the top level) is not supported",
                "required.yml", "required.yml:5:10: error[E936]: required variable NOPE is missing a value: set NOPE",
                "Dockerfile", "Dockerfile:2:1: error[E951]: unknown instruction `FORM`",
                "duplicate.yml", "duplicate.yml:4:3: error[E910]: duplicate key `app` (first at line 2)");
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Path folder = Files.createDirectories(dir.resolve(c.getKey().replace('.', '-')));
            Path file = folder.resolve(c.getKey());
            Files.writeString(file, c.getValue());
            Path out = folder.resolve("environment.yaml");
            CliRun run = CliRun.of("import", "-o", out.toString(), file.toString());
            assertEquals(1, run.exit(), c.getKey() + ": " + run.err());
            assertTrue(run.err().contains(folder.resolve(expected.get(c.getKey())).toString()), c.getKey() + ": "
                    + run.err());
            assertFalse(run.hasStackTrace(), run.err());
            assertFalse(Files.exists(out), c.getKey() + ": nothing is written");
        }
    }

    @Test
    void neverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path simple = Fixtures.copy("simple", dir);
        Path out = simple.resolve("environment.yaml");
        Files.writeString(out, "mine\n");
        CliRun refused = CliRun.of("import", "-o", out.toString(), simple.resolve("compose.yaml").toString());
        assertEquals(4, refused.exit());
        assertEquals("mine\n", Files.readString(out));
        CliRun forced = CliRun.of("import", "--force", "-o", out.toString(), simple.resolve("compose.yaml").toString());
        assertEquals(0, forced.exit(), forced.err());
        String first = Files.readString(out);
        assertTrue(first.startsWith("# yaml-language-server:"), first);
        CliRun again = CliRun.of("import", "--force", "-o", out.toString(), simple.resolve("compose.yaml").toString());
        assertEquals(0, again.exit(), again.err());
        assertEquals(first, Files.readString(out), "the same input gives the same bytes");
    }

    @Test
    void filesAreGroupedByEnvironmentAsTyped() {
        List<ImportRequest.Group> groups = dev.gantry.cli.ImportCommandAccess.groups(List.of("import", "Dockerfile",
                "--env", "dev", "a.yml", "-o", "x.yaml", "b.yml", "--env=prod", "a.yml", "--verify", "c.yml"));
        assertEquals(List.of(new ImportRequest.Group(Optional.empty(), List.of(Path.of("Dockerfile"))),
                new ImportRequest.Group(Optional.of("dev"), List.of(Path.of("a.yml"), Path.of("b.yml"))),
                new ImportRequest.Group(Optional.of("prod"), List.of(Path.of("a.yml"), Path.of("c.yml")))), groups);
    }

    // ---- helpers ---------------------------------------------------------------------------------

    private static Verification verify(Path folder, Map<String, List<String>> environments) throws Exception {
        List<ImportRequest.Group> groups = new TreeMap<>(environments).entrySet().stream().map(e ->
                new ImportRequest.Group(Optional.of(e.getKey()), e.getValue().stream().map(folder::resolve).toList()))
                .toList();
        Path out = folder.resolve("verify.yaml");
        ImportResult result = Importer.run(new ImportRequest(groups, out, Optional.empty()));
        return Verifier.verify(result, out);
    }

    /** The settings not carried, as {@code file:line:col setting} (the file's name only), with the reason. */
    private static Map<String, String> notCarried(Verification verification) {
        Map<String, String> out = new TreeMap<>();
        for (Map<String, Row> rows : verification.merged().values()) {
            for (Row row : rows.values()) {
                if (row.carry() == Carry.NOT_CARRIED) {
                    String file = Path.of(row.origin().file()).getFileName().toString();
                    out.put(file + ":" + row.origin().line() + ":" + row.origin().column() + " " + row.setting(),
                            row.note());
                }
            }
        }
        return out;
    }

    private static void assertLoads(Path file) throws Exception {
        Diagnostics diagnostics = new Diagnostics(file.toString());
        YamlLoader.load(new SourceFile(file, file.toString(), Files.readString(file)), diagnostics);
        assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted()::toString);
    }
}
