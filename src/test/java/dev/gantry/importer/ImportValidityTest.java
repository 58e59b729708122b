package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import never writes a file Gantry refuses: what it carries, it carries in a form lint and the
 * schema accept, and what it cannot, it reports; and verify finds what it carried. Each case is
 * shaped like a public project on which the measurement of issue 22 saw import refuse its own
 * output (exit 70) or verify miss a setting that was carried.
 */
class ImportValidityTest {

    @Test
    void everyTagLintTakesForFloatingGetsUnpinned(@TempDir Path dir) throws Exception {
        Path floating = Fixtures.copy("floating", dir);
        Path out = floating.resolve("environment.yaml");
        CliRun run = CliRun.of("import", "--verify", "-o", out.toString(), floating.resolve("compose.yaml").toString());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertFalse(run.hasStackTrace(), run.err());
        String yaml = Files.readString(out);
        for (String image : new String[] {"redis:alpine", "nginx:stable-alpine", "mysql:lts", "nginx",
            "example/site:latest"}) {
            assertTrue(yaml.contains("    image: " + image + "\n    unpinned: true\n")
                    || yaml.contains("    from: " + image + "\n    unpinned: true\n"), image + "\n" + yaml);
        }
        // the Dockerfile's only FROM is a moving tag: carried with `unpinned` on the image, as compose's image is
        assertTrue(yaml.contains("    from: example/site:latest\n    unpinned: true\n"), yaml);
        assertTrue(yaml.contains("# `example/site:latest` is a moving tag: `unpinned` accepts it"), yaml);
        // verify follows the rename of a dependency (site_web is site-web in Gantry)
        assertTrue(run.out().contains("as a dependency on `site-web`, Gantry's name for `site_web`"), run.out());
    }

    @Test
    void aDockerfileWhoseOnlyFromIsNotCarriedIsReportedNotCrashedOn(@TempDir Path dir) throws Exception {
        Path unbased = Fixtures.copy("unbased", dir);
        CliRun run = CliRun.of("import", "--verify", unbased.resolve("Dockerfile").toString());
        assertEquals(5, run.exit(), run.err() + run.out());
        assertFalse(run.hasStackTrace(), run.err());
        assertTrue(run.out().contains("refers to a build argument with no default"), run.out());
    }

    @Test
    void buildArgumentsWithoutValueAndDefaultsThatDifferByEnvironment(@TempDir Path dir) throws Exception {
        Path stages = Fixtures.copy("stages", dir);
        Path out = stages.resolve("environment.yaml");
        CliRun run = CliRun.of("import", "--verify", "-o", out.toString(), "--env", "dev",
                stages.resolve("base-dev.yml").toString(), "--env", "prod", stages.resolve("base-prod.yml").toString());
        assertFalse(run.hasStackTrace(), run.err());
        assertTrue(run.exit() == 0 || run.exit() == 5, run.exit() + "\n" + run.err() + run.out());
        String yaml = Files.readString(out);
        assertFalse(yaml.contains("null"), yaml);
        // each environment reads APP_ENV with its own default: the mapping is one setting, never split
        assertTrue(yaml.contains("APP_ENV: {from_env: APP_ENV, default: dev, allow_empty: true}"), yaml);
        assertTrue(yaml.contains("APP_ENV: {from_env: APP_ENV, default: prod, allow_empty: true}"), yaml);
        // BUILD_FLAVOUR is in no .env: the Dockerfile's default applies, as with compose
        assertTrue(run.out().contains("left to the default of `ARG BUILD_FLAVOUR`"), run.out());
    }

    @Test
    void platformShAppPastEndOfLifeWithAnEveryMinuteCronAndAnEndpointImportDoesNotWrite(@TempDir Path dir)
            throws Exception {
        Path legacy = Fixtures.copy("legacy", dir);
        Path out = legacy.resolve("environment.yaml");
        // the folders are what --help says FILE may be
        CliRun run = CliRun.of("import", "--verify", "-o", out.toString(), legacy.resolve(".platform.app.yaml")
                .toString(), legacy.resolve(".platform").toString());
        assertFalse(run.hasStackTrace(), run.err());
        assertEquals(5, run.exit(), run.err() + run.out());
        String yaml = Files.readString(out);
        // the application is carried on its retired runtime, which Gantry accepts with a warning
        assertTrue(yaml.contains("from: php:7.4-fpm\n"), yaml);
        assertTrue(yaml.contains("php:7.4 is past its end of life"), yaml);
        assertTrue(yaml.contains("use: redis:6.0\n"), yaml);
        assertTrue(yaml.contains("rediscache: cache"), yaml);
        // the every-minute cron runs every five minutes, as Platform.sh runs it, and the table says so
        assertTrue(yaml.contains("spec: '*/5 * * * *'") || yaml.contains("spec: \"*/5 * * * *\""), yaml);
        assertTrue(run.out().contains("Platform.sh runs crons at most every 5 minutes"), run.out());
        // an endpoint of a further database is written; one import does not write is reported, not written
        assertTrue(yaml.contains("reports: db:reporting"), yaml);
        assertFalse(yaml.contains("db:replica"), yaml);
        assertTrue(run.out().contains("it leads to endpoint `replica` of `db`, which import does not write"), run.out());
        assertTrue(run.out().contains("1 of "), run.out());
    }

    @Test
    void pwdIsTheFolderComposeRunsIn(@TempDir Path dir) throws Exception {
        Path workdir = Fixtures.copy("workdir", dir);
        CliRun run = CliRun.of("import", "--verify", "-o", workdir.resolve("environment.yaml").toString(),
                workdir.resolve("docker-compose.yml").toString());
        assertFalse(run.hasStackTrace(), run.err());
        assertEquals(0, run.exit(), run.err() + run.out());
        assertTrue(run.err().contains("$PWD is the folder compose runs in"), run.err());
    }

    @Test
    void theOptionsOfARenamedDataVolumeAreFoundUnderItsNewName(@TempDir Path dir) throws Exception {
        Path renamed = Fixtures.copy("renamedvolume", dir);
        CliRun run = CliRun.of("import", "--verify", renamed.resolve("compose.yaml").toString());
        assertFalse(run.hasStackTrace(), run.err());
        assertTrue(run.out().contains("for the catalog's data volume `mysql-data`"), run.out());
        assertFalse(run.out().contains("volumes.toolmysql.driver\n            the generated file does not have it"),
                run.out());
    }
}
