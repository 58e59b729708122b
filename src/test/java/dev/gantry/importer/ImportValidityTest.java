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
 * schema accept, and what it cannot, it reports. Each case is shaped like a public project on which
 * the measurement of issue 22 saw import refuse its own output (exit 70).
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
}
