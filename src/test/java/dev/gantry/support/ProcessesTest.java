package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProcessesTest {

    @TempDir
    Path dir;

    @BeforeEach
    void needsBash() {
        Tools.require("bash");
    }

    @Test
    void keepsStdoutStderrAndTheExitStatus() throws Exception {
        Processes.Result result = Processes.run(dir, List.of("bash", "-c", "echo out; echo err >&2; exit 3"));
        assertEquals(3, result.exit());
        assertEquals("out\n", result.out());
        assertEquals("err\n", result.err());
        assertEquals("out\nerr\n", result.output());
    }

    @Test
    void runsInTheFolderWithTheGivenEnvironmentAndInput() throws Exception {
        Processes.Result result = Processes.run(dir, Map.of("ADDED", "yes"), "from stdin\n",
                List.of("bash", "-c", "pwd; echo \"$ADDED\"; cat")).assertSuccess();
        assertEquals(dir.toRealPath() + "\nyes\nfrom stdin\n", result.out());
    }

    @Test
    void killsTheProgramAndItsChildrenAtTheTimeLimit() throws Exception {
        long start = System.nanoTime();
        Processes.Result result = Processes.run(dir, Map.of(), null,
                List.of("bash", "-c", "sleep 60 & sleep 60; wait"), Duration.ofMillis(500));
        assertEquals(-1, result.exit());
        assertTrue(result.err().endsWith("killed at the time limit of PT0.5S\n"), result::describe);
        assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos(), "waited for the program");
    }
}
