package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code .docker/build-stages.sh} of the php-stages example runs, against the fake docker
 * (src/test/resources/fakes/docker), which records each call and, like docker, fails when the
 * {@code -f} file is missing: the script is run from an unrelated folder, so the relative stage
 * files are only found if it moved to the project folder first.
 */
class BuildStagesScriptTest {

    private static final Path SCRIPT = Path.of("examples/php-stages/.docker/build-stages.sh").toAbsolutePath();
    private static final String REPOSITORY = "registry.example.com/acme/php-stages";

    @TempDir
    Path dir;
    private FakeBin fakes;

    @BeforeEach
    void fakes() throws Exception {
        fakes = new FakeBin(dir, "docker");
    }

    @Test
    void withoutArgumentsBuildsEveryStageInBuildOrder() throws Exception {
        run(Map.of()).assertSuccess();
        assertEquals(List.of(
                build("base/Dockerfile.stage0", "base-os"),
                build("base/Dockerfile.stage1", "base-php"),
                build("app/Dockerfile.stage0", "app-code"),
                build("app/Dockerfile.stage1", "app-setup"),
                build("app-dev/Dockerfile.stage0", "app-dev-tools")), fakes.calls());
    }

    @Test
    void anImageBuildsAllItsStagesAndNoOtherImage() throws Exception {
        run(Map.of(), "app").assertSuccess();
        assertEquals(List.of(build("app/Dockerfile.stage0", "app-code"), build("app/Dockerfile.stage1", "app-setup")),
                fakes.calls());
    }

    @Test
    void imageColonNBuildsOneStageInTheOrderGiven() throws Exception {
        run(Map.of(), "app-dev:0", "base:1").assertSuccess();
        assertEquals(List.of(build("app-dev/Dockerfile.stage0", "app-dev-tools"),
                build("base/Dockerfile.stage1", "base-php")), fakes.calls());
    }

    @Test
    void anUnknownStageExitsTwoWithTheUsageAndBuildsNothing() throws Exception {
        for (String wrong : List.of("base:9", "nope", "base:", "app-")) {
            Processes.Result result = run(Map.of(), "base:0", wrong);
            assertEquals(2, result.exit(), result::describe);
            assertTrue(result.err().startsWith("build-stages.sh: no stage " + wrong + "\n\nUsage: "), result::describe);
            assertTrue(result.err().contains("app-dev:0"), result::describe);
            assertEquals(List.of(), fakes.calls());
        }
    }

    @Test
    void helpPrintsTheUsageOnStdout() throws Exception {
        Processes.Result result = run(Map.of(), "--help").assertSuccess();
        assertTrue(result.out().startsWith("Usage: ") && result.out().contains(REPOSITORY + ":base-php"),
                result::describe);
        assertEquals(List.of(), fakes.calls());
    }

    @Test
    void dryRunPrintsTheCommandsAndRunsNothing() throws Exception {
        Processes.Result result = run(Map.of(), "--dry-run", "base").assertSuccess();
        assertEquals("+ docker build -f .docker/base/Dockerfile.stage0 -t " + REPOSITORY + ":base-os .\n"
                + "+ docker build -f .docker/base/Dockerfile.stage1 -t " + REPOSITORY + ":base-php .\n", result.err());
        assertEquals(List.of(), fakes.calls());
    }

    @Test
    void stagesDirNamesTheFolderOfTheStageFiles() throws Exception {
        Path stages = dir.resolve("elsewhere");
        Files.createDirectories(stages.resolve("base"));
        Files.writeString(stages.resolve("base/Dockerfile.stage0"), "FROM debian:bookworm-slim\n");
        run(Map.of("STAGES_DIR", stages.toString()), "base:0").assertSuccess();
        assertEquals(List.of(List.of("docker", "build", "-f", stages + "/base/Dockerfile.stage0",
                "-t", REPOSITORY + ":base-os", ".")), fakes.calls());
    }

    @Test
    void dockerMayCarryTheBuildersOwnOptions() throws Exception {
        run(Map.of("DOCKER", "docker --storage-driver vfs"), "base:0").assertSuccess();
        assertEquals(List.of("docker", "--storage-driver", "vfs", "build"), fakes.calls().get(0).subList(0, 4));
    }

    /** Runs the script from the test's folder, fakes first on PATH, DOCKER and STAGES_DIR empty (read as unset). */
    private Processes.Result run(Map<String, String> env, String... args) throws Exception {
        Map<String, String> variables = new HashMap<>(fakes.env());
        variables.put("DOCKER", "");
        variables.put("STAGES_DIR", "");
        variables.putAll(env);
        List<String> command = new ArrayList<>(List.of(SCRIPT.toString()));
        command.addAll(List.of(args));
        return Processes.run(dir, variables, null, command);
    }

    private static List<String> build(String stageFile, String tag) {
        return List.of("docker", "build", "-f", ".docker/" + stageFile, "-t", REPOSITORY + ":" + tag, ".");
    }
}
