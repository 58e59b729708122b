package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.Processes;
import dev.gantry.support.ReleaseArchive;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shipped .pre-commit-hooks.yaml, used as a project uses it: the real pre-commit framework clones
 * Gantry's repository (a local copy of this working tree, tagged v&lt;version&gt; as a release is) at
 * the tag the project's .pre-commit-config.yaml names, and runs the hook on a generated project. It
 * passes when the generated files are current and fails, showing what is stale, when they are not:
 * with the release archive's gantry on PATH, and without any, building the hook's own clone.
 */
@Tag("integration")
class PreCommitHookIT {

    @TempDir
    Path dir;
    private Path repository;
    private Path project;

    @BeforeEach
    void aTaggedGantryRepositoryAndAProject() throws Exception {
        Tools.require("pre-commit");
        Tools.require("git");
        repository = Files.createDirectories(dir.resolve("gantry repository"));
        // The working tree's files as a commit of them would hold them, new ones included.
        for (String file : git(Path.of("."), "ls-files", "-z", "--cached", "--others", "--exclude-standard").out()
                .split("\0")) {
            Path source = Path.of(file);
            if (!file.isEmpty() && Files.isRegularFile(source)) {
                Path target = repository.resolve(file);
                Files.createDirectories(target.getParent());
                Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        commitAll(repository);
        git(repository, "tag", "v" + ReleaseArchive.VERSION).assertSuccess();

        project = Files.createDirectories(dir.resolve("project"));
        TempProject temp = new TempProject(project).write(TempProject.minimal());
        assertEquals(0, temp.run("generate").exit());
        Files.writeString(project.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: %s
                    rev: v%s
                    hooks:
                      - id: gantry-check
                """.formatted(repository, ReleaseArchive.VERSION));
        commitAll(project);
    }

    @Test
    void runsTheGantryOnPath() throws Exception {
        Path installed = ReleaseArchive.unpack(ReleaseArchive.TARBALL, dir.resolve("opt"));
        Path bin = Files.createDirectories(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("gantry"), installed.resolve("bin/gantry"));
        Map<String, String> env = user();
        env.put("PATH", bin + ":" + System.getenv("PATH"));
        assertPassesThenFailsWhenStale(env);
    }

    @Test
    void withoutGantryOnPathItBuildsItsOwnClone() throws Exception {
        Tools.require("mvn");
        Map<String, String> env = user();
        Processes.Result onPath = Processes.run(dir, env, null, List.of("sh", "-c", "command -v gantry || true"));
        assertEquals("", onPath.out(), "this test needs a PATH without gantry");
        assertPassesThenFailsWhenStale(env);
    }

    private void assertPassesThenFailsWhenStale(Map<String, String> env) throws Exception {
        Processes.Result current = preCommit(env);
        assertEquals(0, current.exit(), current::describe);
        assertTrue(current.out().contains("gantry generate --check") && current.out().contains("Passed"),
                current::describe);

        new TempProject(project).write(TempProject.minimal().replace("echo hello", "echo bonjour"));
        Processes.Result stale = preCommit(env);
        assertEquals(1, stale.exit(), stale::describe);
        assertTrue(stale.out().contains("Failed") && stale.out().contains("+RUN echo bonjour"), stale::describe);
    }

    /** The user's environment: the test's, with pre-commit's cache of hook repositories in the test's folder. */
    private Map<String, String> user() {
        Map<String, String> env = new HashMap<>();
        env.put("PRE_COMMIT_HOME", dir.resolve("pre-commit cache").toString());
        return env;
    }

    /** `pre-commit run --all-files`; the first run clones the hook repository (and may build it). */
    private Processes.Result preCommit(Map<String, String> env) throws IOException, InterruptedException {
        return Processes.run(project, env, null, List.of("pre-commit", "run", "--all-files"), Duration.ofMinutes(15));
    }

    private static void commitAll(Path repo) throws IOException, InterruptedException {
        git(repo, "init", "-q").assertSuccess();
        git(repo, "add", "-A").assertSuccess();
        git(repo, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", "commit",
                "-qm", "files").assertSuccess();
    }

    private static Processes.Result git(Path repo, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return Processes.run(repo, command);
    }
}
