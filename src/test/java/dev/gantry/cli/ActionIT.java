package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.ReleaseArchive;
import dev.gantry.util.GantryVersion;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The install step of Gantry's GitHub Action (action.yml), run as GitHub runs it (bash -eo pipefail,
 * with the runner's RUNNER_TEMP, GITHUB_PATH and GITHUB_OUTPUT) against a fake GitHub release that
 * serves this build's archive and checksum file (a fake curl): it installs what the release holds,
 * refuses an archive whose checksum differs, and tells the cache step where the launcher keeps its
 * start-up archive. An integration test: it needs the archive {@code package} makes.
 */
@Tag("integration")
class ActionIT {

    private static final String REPOSITORY = GantryVersion.repository();

    @TempDir
    Path dir;
    private FakeBin fakes;
    private Path release;
    private Map<String, String> runner;

    @BeforeEach
    void aRunnerAndARelease() throws Exception {
        fakes = new FakeBin(dir, "curl");
        release = Files.createDirectories(fakes.state().resolve("releases/" + REPOSITORY + "/v" + ReleaseArchive.VERSION));
        Files.copy(ReleaseArchive.TARBALL, release.resolve(ReleaseArchive.NAME + ".tar.gz"));
        Files.copy(Path.of(ReleaseArchive.TARBALL + ".sha256"), release.resolve(ReleaseArchive.NAME + ".tar.gz.sha256"));
        runner = new HashMap<>(fakes.env());
        runner.put("HOME", Files.createDirectories(dir.resolve("home")).toString());
        runner.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner temp")).toString());
        runner.put("GITHUB_PATH", Files.createFile(dir.resolve("github_path")).toString());
        runner.put("GITHUB_OUTPUT", Files.createFile(dir.resolve("github_output")).toString());
        runner.put("JAVA_HOME", System.getProperty("java.home"));
    }

    private Processes.Result install(String version) throws Exception {
        Map<String, Object> step = new ActionFile().step("install");
        Map<String, String> env = new HashMap<>(runner);
        env.putAll(ActionFile.env(step));
        env.put("GANTRY_VERSION", version);
        Path script = Files.writeString(dir.resolve("install.sh"), (String) step.get("run"));
        return Processes.runInEnvironment(dir, env, List.of("bash", "--noprofile", "--norc", "-eo", "pipefail",
                script.toString()));
    }

    private String read(String file) throws IOException {
        return Files.readString(Path.of(runner.get(file)));
    }

    @Test
    void installsTheReleaseAndPutsGantryOnPath() throws Exception {
        Processes.Result install = install(ReleaseArchive.VERSION);
        assertEquals(0, install.exit(), install::describe);
        String url = "https://github.com/" + REPOSITORY + "/releases/download/v" + ReleaseArchive.VERSION + "/";
        assertEquals(List.of(url + ReleaseArchive.NAME + ".tar.gz", url + ReleaseArchive.NAME + ".tar.gz.sha256"),
                fakes.calls().stream().map(call -> call.get(call.size() - 1)).toList());
        Path home = Path.of(runner.get("RUNNER_TEMP"), "gantry", ReleaseArchive.NAME);
        assertEquals(home.resolve("bin") + "\n", read("GITHUB_PATH"));
        Path cds = Path.of(runner.get("HOME"), ".cache/gantry", ReleaseArchive.VERSION);
        String outputs = read("GITHUB_OUTPUT");
        assertTrue(outputs.startsWith("path=" + home + "\ncds=" + cds + "\nruntime="), outputs);
        assertTrue(outputs.matches("(?s).*\nruntime=[0-9]+\n"), outputs);

        // The action's last step, on the PATH the runner gives the steps after this one.
        Map<String, String> next = new HashMap<>(runner);
        next.put("PATH", home.resolve("bin") + ":" + runner.get("PATH"));
        Processes.Result version = Processes.runInEnvironment(dir, next, List.of("bash", "-c", "gantry --version"));
        assertEquals("gantry " + ReleaseArchive.VERSION + "\n", version.out(), version::describe);
        assertTrue(Files.size(cds.resolve("gantry.jsa")) > 1_000_000, "the cache step's folder holds no archive");
    }

    @Test
    void refusesAnArchiveWhoseChecksumDiffers() throws Exception {
        Files.write(release.resolve(ReleaseArchive.NAME + ".tar.gz"), new byte[] {0}, StandardOpenOption.APPEND);
        Processes.Result install = install(ReleaseArchive.VERSION);
        assertEquals(1, install.exit(), install::describe);
        assertTrue(install.output().contains(ReleaseArchive.NAME + ".tar.gz: FAILED"), install::describe);
        assertEquals("", read("GITHUB_PATH"));
        assertTrue(!Files.exists(Path.of(runner.get("RUNNER_TEMP"), "gantry", ReleaseArchive.NAME)), "unpacked anyway");
    }

    @Test
    void refusesAVersionThatIsNotARelease() throws Exception {
        for (String version : List.of("latest", "v" + ReleaseArchive.VERSION, "0.1.0; rm -rf /", "")) {
            Processes.Result install = install(version);
            assertEquals(1, install.exit(), install::describe);
            assertTrue(install.out().startsWith("::error::version must be a Gantry release such as 0.1.0"),
                    install::describe);
        }
        assertEquals(List.of(), fakes.calls());
        Processes.Result missing = install("9.9.9");
        assertEquals(22, missing.exit(), missing::describe);
        assertEquals("", read("GITHUB_PATH"));
    }
}
