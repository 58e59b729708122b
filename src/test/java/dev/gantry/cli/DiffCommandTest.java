package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gantry diff` end to end: what changes in meaning, then the diff; it never writes. */
class DiffCommandTest {

    private static final String PHP_PROJECT = """
            gantry: 1
            project:
              name: ezplatform
              registry: registry.example.com/acme
            images:
              base:
                from: php:8.2-fpm-bookworm
                stages:
                  - name: extensions
                    run: [docker-php-ext-install pdo_mysql intl opcache]
                labels:
                  org.opencontainers.image.title: ezplatform base
              app:
                from: base
                stages:
                  - name: code
                    copy: [{src: app/, dest: /var/www/app/}]
                env:
                  APP_ENV: prod
            """;

    @Test
    void textSummaryThenDiffAndNothingWritten(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(PHP_PROJECT);
        assertEquals(0, project.run("generate").exit());
        project.write(PHP_PROJECT.replace("php:8.2", "php:8.3").replace("APP_ENV: prod", "APP_ENV: production"));
        Map<String, String> before = project.snapshot();

        CliRun run = project.run("diff");

        assertEquals(0, run.exit(), run.err());
        assertEquals(before, project.snapshot());
        String out = run.out();
        assertTrue(out.startsWith("""
                Changes in meaning:
                  build target `base-extensions`
                    FROM `php:8.2-fpm-bookworm` -> `php:8.3-fpm-bookworm`  (Dockerfile, .docker/app/Dockerfile.stage0,\
                 .docker/base/Dockerfile.stage0)
                  build target `app`
                    ENV `APP_ENV`: `prod` -> `production`  (Dockerfile)

                Files:
                  changed  .docker/app/Dockerfile.stage0  (+1 -1)
                """), out);
        assertTrue(out.contains("\n--- a/Dockerfile\n+++ b/Dockerfile\n"), out);
        assertTrue(out.contains("\n-FROM php:8.2-fpm-bookworm AS base-extensions\n+FROM php:8.3-fpm-bookworm AS"
                + " base-extensions\n"), out);
    }

    @Test
    void markdownForAPullRequestComment(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(PHP_PROJECT);
        assertEquals(0, project.run("generate").exit());
        CliRun run = project.write(PHP_PROJECT.replace("php:8.2", "php:8.3")).run("diff", "--format", "markdown");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("""
                ### Gantry: 3 generated files change

                **build target `base-extensions`**
                - FROM `php:8.2-fpm-bookworm` -> `php:8.3-fpm-bookworm` <sub>in `Dockerfile`,\
                 `.docker/app/Dockerfile.stage0`, `.docker/base/Dockerfile.stage0`</sub>
                """), run.out());
        assertTrue(run.out().contains("<details>\n<summary>Unified diff</summary>\n\n```diff\n--- a/"), run.out());
    }

    /** The acceptance case: a reviewer reads the PHP upgrade and the prod memory change without opening a file. */
    @Test
    void ezPlatformExampleAfterChangingPhpVersionAndProdMemory(@TempDir Path dir) throws IOException {
        copy(Path.of("examples/ezplatform"), dir);
        TempProject project = new TempProject(dir);
        project.write(Files.readString(project.file()).replace("php:8.3-fpm-bookworm", "php:8.4-fpm-bookworm")
                .replace("resources: {cpu: 1, memory: 1GB}", "resources: {cpu: 1, memory: 2GB}"));
        CliRun run = project.run("diff", "--format", "markdown");
        assertEquals(0, run.exit(), run.err());
        String summary = run.out().substring(0, run.out().indexOf("<details>"));
        Approvals.verify(summary);
        assertTrue(run.out().contains("\n-FROM php:8.3-fpm-bookworm AS base-os\n"
                + "+FROM php:8.4-fpm-bookworm AS base-os\n"), run.out());
    }

    /** A database on a new major line is more than a tag: each environment that runs it gets what to do there. */
    @Test
    void aDatabaseOnANewMajorLineSaysWhatToDoWhereItRuns(@TempDir Path dir) throws IOException {
        copy(Path.of("examples/ezplatform"), dir);
        TempProject project = new TempProject(dir);
        project.write(Files.readString(project.file()).replace("use: mariadb:10.11", "use: mariadb:11.4"));

        CliRun run = project.run("diff");

        assertEquals(0, run.exit(), run.err());
        String summary = run.out().substring(0, run.out().indexOf("\nFiles:"));
        for (String env : new String[] {"dev", "qa"}) {
            assertTrue(summary.contains("    mariadb 10.11 -> 11.4, a new major line: volume `db-data` of `" + env
                    + "` holds 10.11's data; after `gantry generate`, run `./dk --env " + env + " upgrade-db db`"
                    + " wherever `" + env + "` runs (it dumps the database, starts 11.4 on a fresh volume, imports the"
                    + " dump and keeps the old volume)  (docker-compose." + env + ".yml)\n"), summary);
        }
        assertTrue(summary.contains("    mariadb 10.11 -> 11.4, a new major line on Platform.sh: Platform.sh upgrades"
                + " the service in place, one version it offers at a time (10.11 -> 11.0 -> 11.2 -> 11.4), each its"
                + " own deployment: skipping versions can lose data."), summary);
        assertTrue(summary.contains("(https://docs.platform.sh/add-services/mysql.html#upgrade)  (.platform/services.yaml)"),
                summary);

        project.write(Files.readString(project.file()).replace("use: mariadb:11.4", "use: mariadb:10.6"));
        assertFalse(project.run("diff").out().contains("major line"), "10.11 to 10.6 stays on the major line");
    }

    @Test
    void upToDateFolderHasNoChanges(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(PHP_PROJECT);
        assertEquals(0, project.run("generate").exit());
        CliRun run = project.run("diff");
        assertEquals(0, run.exit());
        assertEquals("No changes: the generated files are up to date.\n", run.out());
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
    }

    @Test
    void unknownFormatIsAUsageError(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write(PHP_PROJECT).run("diff", "--format", "html");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("expected text or markdown, not 'html'"), run.err());
    }
}
