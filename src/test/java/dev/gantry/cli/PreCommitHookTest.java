package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped .pre-commit-hooks.yaml, run by the real pre-commit framework on a project: it passes
 * when the generated files are current and fails, showing what is stale, when they are not.
 */
class PreCommitHookTest {

    private record Run(int exit, String output) {
    }

    @Test
    void hookPassesWhenCurrentAndFailsWhenStale(@TempDir Path dir) throws Exception {
        Tools.require("pre-commit");
        Tools.require("git");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Path project = Files.createDirectories(dir.resolve("project"));
        installGantry(bin);
        TempProject temp = new TempProject(project).write(TempProject.minimal());
        assertEquals(0, temp.run("generate").exit());
        commitAll(project, bin);
        Path hooks = Files.createDirectories(dir.resolve("hooks"));
        Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        commitAll(hooks, bin);

        Run current = run(project, bin, "pre-commit", "try-repo", hooks.toString(), "gantry-check",
                "--all-files");
        assertEquals(0, current.exit(), current.output());
        assertTrue(current.output().contains("gantry generate --check") && current.output().contains("Passed"),
                current.output());

        temp.write(TempProject.minimal().replace("echo hello", "echo bonjour"));
        Run stale = run(project, bin, "pre-commit", "try-repo", hooks.toString(), "gantry-check",
                "--all-files");
        assertEquals(1, stale.exit(), stale.output());
        assertTrue(stale.output().contains("Failed") && stale.output().contains("+RUN echo bonjour"), stale.output());
    }

    private static void commitAll(Path repo, Path bin) throws IOException, InterruptedException {
        for (List<String> args : List.of(List.of("init", "-q"), List.of("add", "-A"), List.of("-c", "user.name=t",
                "-c", "user.email=t@example.com", "commit", "-qm", "files"))) {
            List<String> command = new ArrayList<>(List.of("git"));
            command.addAll(args);
            Run run = run(repo, bin, command.toArray(String[]::new));
            assertEquals(0, run.exit(), run.output());
        }
    }

    /** A `gantry` command on PATH that runs this build's classes. */
    private static void installGantry(Path bin) throws IOException {
        Path gantry = bin.resolve("gantry");
        Files.writeString(gantry, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.gantry.cli.Main \"$@\"\n");
        Files.setPosixFilePermissions(gantry, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    private static Run run(Path dir, Path bin, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true);
        builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
        builder.environment().put("PRE_COMMIT_HOME", dir.resolveSibling("pre-commit-cache").toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(process.waitFor(), output);
    }
}
