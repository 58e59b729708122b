package dev.gantry.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UnusedTargetSettingsTest {

    @Test
    void settingsOfATargetTheEnvironmentDoesNotListAreReported(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project: {name: x}
                environments:
                  dev:
                    targets: [compose]
                    compose: {mount_source: false}
                    machine: {driver: generic}
                """).run("validate");
        assertEquals(0, run.exit(), "a warning, not an error");
        assertTrue(run.err().contains(":7:14: warning[W109]: environment `dev` has `machine` settings but does not"
                + " list the `docker-machine` target"), run.err());
        assertEquals(1, run.err().lines().filter(l -> l.contains("warning[")).count(), run.err());
    }

    @Test
    void aServicesPlatformShConfigurationWithoutPlatformShOrUpsunIsReported(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project: {name: x}
                services:
                  cache: {use: "redis:7.2", platformsh: {maxmemory_policy: allkeys-lru}}
                environments:
                  dev: {targets: [compose]}
                """).run("validate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains(":4:41: warning[W114]: service `cache` has `platformsh` settings, but no"
                + " environment that runs it lists the `platformsh` or `upsun` target"), run.err());
    }
}
