package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.ShellCheck;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dockerfile: {stage_files: on_demand}}: generate writes no stage file and keeps them out of
 * git; the stage build script writes each one from the assembled Dockerfile, byte for byte what
 * generate writes without the setting, and builds it; {@code --check} passes with the stage files on
 * disk or not.
 */
class OnDemandStageFilesTest {

    private static final String ON_DEMAND = "dockerfile: {stage_files: on_demand}\n";

    @Test
    void theScriptWritesWhatGenerateWouldHaveCommitted(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("examples/php-stages/environment.yaml"));
        TempProject committed = project(dir.resolve("commit"), yaml);
        TempProject onDemand = project(dir.resolve("on-demand"), yaml + ON_DEMAND);
        Path folder = onDemand.folder();

        List<String> committedStages = stageFiles(committed.folder());
        assertEquals(5, committedStages.size(), committedStages.toString());
        assertEquals(List.of(), stageFiles(folder));
        assertEquals("/*/Dockerfile.stage*", Files.readString(folder.resolve(".docker/.gitignore")).strip().lines()
                .reduce((a, b) -> b).orElseThrow());
        assertFalse(Files.readString(folder.resolve(".gantry/manifest.json")).contains("Dockerfile.stage"));
        ShellCheck.assertClean(folder.resolve(".docker/build-stages.sh"));

        FakeBin fakes = new FakeBin(dir, "docker");
        Map<String, String> env = new HashMap<>(fakes.env());
        env.put("DOCKER", "");
        env.put("STAGES_DIR", "");
        run(dir, env, folder, "--write-only").assertSuccess();
        assertEquals(List.of(), fakes.calls(), "--write-only builds nothing");
        assertEquals(committedStages, stageFiles(folder));
        for (String stage : committedStages) {
            assertArrayEquals(Files.readAllBytes(committed.folder().resolve(stage)),
                    Files.readAllBytes(folder.resolve(stage)), stage);
        }
        assertEquals(0, onDemand.run("generate", "--check").exit(), "the written stage files are not Gantry's");

        Files.delete(folder.resolve(".docker/app/Dockerfile.stage1"));
        run(dir, env, folder, "app:1").assertSuccess();
        assertEquals(List.of(List.of("docker", "build", "-f", ".docker/app/Dockerfile.stage1", "-t",
                "registry.example.com/acme/php-stages:app-setup", ".")), fakes.calls());
        assertArrayEquals(Files.readAllBytes(committed.folder().resolve(".docker/app/Dockerfile.stage1")),
                Files.readAllBytes(folder.resolve(".docker/app/Dockerfile.stage1")));
    }

    @Test
    void switchingModesPrunesOrAdoptsTheStageFiles(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("examples/php-stages/environment.yaml"));
        TempProject project = project(dir, yaml);
        CliRun toOnDemand = project.write(yaml + ON_DEMAND).run("generate");
        assertEquals(0, toOnDemand.exit(), toOnDemand.err());
        assertTrue(toOnDemand.out().contains("removed: .docker/app/Dockerfile.stage1\n"), toOnDemand.out());
        assertEquals(List.of(), stageFiles(dir));

        FakeBin fakes = new FakeBin(dir.resolve("fakes"), "docker");
        run(dir, fakes.env(), dir, "--write-only").assertSuccess();
        CliRun back = project.write(yaml).run("generate");
        assertEquals(0, back.exit(), "stage files the script wrote hold what generate writes: adopted\n" + back.err());
        assertEquals(0, project.run("generate", "--check").exit());
    }

    /**
     * A frontend named by a `# syntax=` line and an image that starts from another image by environment
     * (an ARG before the first FROM): the script writes those lines into each stage file too.
     */
    @Test
    void theScriptWritesTheSyntaxLineAndTheArgumentsAStageStartsFrom(@TempDir Path dir) throws Exception {
        String yaml = Files.readString(Path.of("examples/symfony/environment.yaml"));
        TempProject committed = project(dir.resolve("commit"), yaml);
        TempProject onDemand = project(dir.resolve("on-demand"), yaml + ON_DEMAND);
        List<String> committedStages = stageFiles(committed.folder());
        assertTrue(committedStages.stream().anyMatch(stage -> read(committed, stage).startsWith("# syntax=")));
        assertTrue(committedStages.stream().anyMatch(stage -> read(committed, stage).contains("\nARG ")));

        FakeBin fakes = new FakeBin(dir, "docker");
        Map<String, String> env = new HashMap<>(fakes.env());
        env.put("DOCKER", "");
        env.put("STAGES_DIR", "");
        run(dir, env, onDemand.folder(), "--write-only").assertSuccess();
        assertEquals(committedStages, stageFiles(onDemand.folder()));
        for (String stage : committedStages) {
            assertEquals(read(committed, stage), read(onDemand, stage), stage);
        }
    }

    private static String read(TempProject project, String path) {
        try {
            return Files.readString(project.folder().resolve(path));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static TempProject project(Path folder, String yaml) throws IOException {
        Files.createDirectories(folder);
        TempProject project = new TempProject(folder).write(yaml);
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        return project;
    }

    private static Processes.Result run(Path cwd, Map<String, String> env, Path project, String... args)
            throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of(project.resolve(".docker/build-stages.sh")
                .toString()));
        command.addAll(List.of(args));
        return Processes.run(cwd, env, null, command);
    }

    /** The stage files under the folder's .docker, relative to the folder, in path order. */
    private static List<String> stageFiles(Path folder) throws IOException {
        Path stages = folder.resolve(".docker");
        if (!Files.isDirectory(stages)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(stages)) {
            return walk.filter(p -> p.getFileName().toString().startsWith("Dockerfile.stage"))
                    .map(p -> folder.relativize(p).toString()).sorted().toList();
        }
    }
}
