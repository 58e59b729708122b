package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A named volume's name is a compose volume name; the folder a Platform.sh or Upsun mount keeps its
 * files in is a setting of its own, `source_path`, so that one never has to bend the other.
 */
class VolumeNamesTest {

    private static final String PROJECT = """
            gantry: 1
            project: {name: shop, source: app}
            images:
              app:
                from: php:8.3-fpm-bookworm
                stages: [{name: code, workdir: /app, run: [echo built]}]
            services:
              app:
                image: app
                volumes:
            %s
            environments:
              dev: {targets: [compose]}
              platform:
                targets: [platformsh]
                platformsh:
                  apps:
                    app:
                      disk: 1GB
                      web: {locations: {/: {root: public, passthru: /index.php}}}
            """;

    @Test
    void aVolumeNamedLikeAPathIsRefusedAtItsLine(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(PROJECT.formatted(
                "      - public/media:/app/public/media"));
        CliRun run = project.run("generate");
        assertEquals(1, run.exit(), run.out() + run.err());
        assertTrue(run.err().contains("environment.yaml:11:9: error[E163]"), run.err());
        assertTrue(run.err().contains("source_path"), "the hint names the setting for a mount's folder: " + run.err());
        assertTrue(!Files.exists(dir.resolve("docker-compose.dev.yml")), "nothing is written: " + run.err());
    }

    @Test
    void sourcePathIsTheMountsFolderAndLeavesTheComposeVolumeAlone(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write(PROJECT.formatted(
                "      - {source: media, target: /app/public/media, size: 1GB, source_path: public/media}"));
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        String app = Files.readString(dir.resolve(".platform.app.yaml"));
        assertTrue(app.contains("""
                mounts:
                  "public/media":
                    source: "local"
                    source_path: "public/media"
                """), app);
        Tools.require("docker-compose");
        Processes.Result config = Processes.run(dir, List.of("docker-compose", "-f", "docker-compose.dev.yml",
                "config", "--volumes"));
        assertEquals(0, config.exit(), config.output());
        assertEquals("media\n", config.output());
    }
}
