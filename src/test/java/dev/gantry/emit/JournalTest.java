package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run that crashed between two renames, as its journal and staged files show it, is completed by the next. */
class JournalTest {

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aCrashBetweenRenamesIsRolledForward(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("deploy/old"));
        Files.write(dir.resolve("done.txt"), bytes("new done\n"));           // renamed before the crash
        Files.write(dir.resolve("todo.txt"), bytes("old todo\n"));
        Files.write(AtomicFiles.temporaryFor(dir.resolve("todo.txt")), bytes("new todo\n"));
        Files.write(dir.resolve("deploy/old/gone.txt"), bytes("old gone\n"));
        Files.write(dir.resolve("edited.txt"), bytes("edited since\n"));
        Files.write(dir.resolve("lost.txt"), bytes("old lost\n"));
        Files.write(AtomicFiles.temporaryFor(dir.resolve("lost.txt")), bytes("half of the new"));
        new Journal(List.of(
                new Journal.Write("done.txt", Manifest.sha256(bytes("new done\n"))),
                new Journal.Write("todo.txt", Manifest.sha256(bytes("new todo\n"))),
                new Journal.Write("lost.txt", Manifest.sha256(bytes("half of the new bytes\n"))),
                new Journal.Delete("deploy/old/gone.txt", Manifest.sha256(bytes("old gone\n"))),
                new Journal.Delete("edited.txt", Manifest.sha256(bytes("as generated\n"))),
                new Journal.Prune("deploy/old"))).write(dir, new AtomicFiles());

        Journal.Outcome outcome = Journal.rollForward(dir, new AtomicFiles()).orElseThrow();

        assertEquals("new done\n", Files.readString(dir.resolve("done.txt")));
        assertEquals("new todo\n", Files.readString(dir.resolve("todo.txt")), "the staged file is renamed into place");
        assertEquals("old lost\n", Files.readString(dir.resolve("lost.txt")), "bytes without the journal's hash are not");
        assertFalse(Files.exists(AtomicFiles.temporaryFor(dir.resolve("lost.txt"))));
        assertFalse(Files.exists(dir.resolve("deploy")), "deleted, and the folders it leaves empty removed");
        assertEquals("edited since\n", Files.readString(dir.resolve("edited.txt")), "a file edited since is kept");
        assertFalse(Files.exists(dir.resolve(Journal.PATH)), "the journal is gone once the run is complete");
        assertEquals(new Journal.Outcome(1, 1, List.of("lost.txt")), outcome);
        assertTrue(outcome.describe().contains("1 file moved into place, 1 deleted"), outcome.describe());
        assertTrue(Journal.rollForward(dir, new AtomicFiles()).isEmpty(), "nothing to do a second time");
    }

    @Test
    void aJournalThatCannotBeTrustedIsRefused(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve(".gantry"));
        Files.writeString(dir.resolve(Journal.PATH), "{\"journal\": 1, \"steps\": [{\"write\": \"../outside\","
                + " \"sha256\": \"" + Manifest.sha256(new byte[0]) + "\"}]}");
        Journal.UnreadableException e = assertThrows(Journal.UnreadableException.class,
                () -> Journal.rollForward(dir, new AtomicFiles()));
        assertTrue(e.getMessage().contains("unsafe path `../outside`"), e.getMessage());
    }
}
