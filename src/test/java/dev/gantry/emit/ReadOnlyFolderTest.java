package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder Gantry cannot write fails the run before its first write: every file stays as it was,
 * and the message names the folder. Root writes into any folder whose mode says read-only, so as
 * root the folder is made immutable ({@code chattr +i}) instead.
 */
class ReadOnlyFolderTest {

    private static final String OLD = InterruptedRunTest.OLD;
    private static final String NEW = InterruptedRunTest.NEW;

    @Test
    void theManifestsFolderReadOnlyFailsBeforeAnyFileIsWritten(@TempDir Path dir) throws Exception {
        assertRefusedBeforeAnyWrite(dir, ".gantry");
    }

    @Test
    void aFolderToCreateInAReadOnlyFolderFailsBeforeAnyFileIsWritten(@TempDir Path dir) throws Exception {
        assertRefusedBeforeAnyWrite(dir, ".docker");
    }

    @Test
    void anOutputFolderThatDoesNotExistYetIsCreated(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(OLD);
        CliRun run = project.run("generate", "-o", dir.resolve("new/output").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("new/output/Dockerfile")));
    }

    private static void assertRefusedBeforeAnyWrite(Path dir, String readOnly) throws Exception {
        TempProject project = new TempProject(dir).write(OLD);
        assertEquals(0, project.run("generate").exit());
        project.write(NEW);
        Map<String, String> before = project.snapshot();
        Path folder = dir.resolve(readOnly);
        makeReadOnly(folder);
        try {
            CliRun run = project.run("generate");
            assertEquals(74, run.exit(), run.err());
            assertEquals(before, project.snapshot(), "every file as it was, modification times included");
            assertTrue(run.err().contains("`" + readOnly + "`"), "names the folder: " + run.err());
            assertTrue(run.err().contains("nothing was written"), run.err());
        } finally {
            makeWritable(folder);
        }
        assertEquals(0, project.run("generate").exit(), "and once the folder is writable, generate completes");
        assertFalse(Files.exists(dir.resolve(".docker/app")));
    }

    private static void makeReadOnly(Path folder) throws IOException, InterruptedException {
        if (isRoot()) {
            Tools.require("chattr");
            Processes.Result result = Processes.run(folder.getParent(), List.of("chattr", "+i", folder.toString()));
            assertEquals(0, result.exit(), result.output());
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        }
        assertFalse(Files.isWritable(folder), folder + " is still writable");
    }

    private static void makeWritable(Path folder) throws IOException, InterruptedException {
        if (isRoot()) {
            Processes.run(folder.getParent(), List.of("chattr", "-i", folder.toString()));
        } else {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    private static boolean isRoot() {
        return new com.sun.security.auth.module.UnixSystem().getUid() == 0;
    }
}
