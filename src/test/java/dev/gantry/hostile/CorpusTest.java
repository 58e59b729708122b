package dev.gantry.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hostile corpus (src/test/resources/hostile): every file is rejected with exit 1 and a
 * diagnostic at a line and column, no stack trace, nothing written, within a time and memory
 * bound. CorpusTest.listing.approved.txt records the diagnostic each file must produce.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");
    private static final Pattern FIRST_ERROR = Pattern.compile("environment\\.yaml:(\\d+):(\\d+): error\\[(E\\d+)\\]");
    private static final Duration TIME_BOUND = Duration.ofSeconds(5);

    static List<Path> cases() throws IOException {
        try (Stream<Path> list = Files.list(CORPUS)) {
            return list.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    @Test
    void holdsAtLeast150Cases() throws IOException {
        assertTrue(cases().size() >= 150, "corpus has " + cases().size());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseIsRejectedCleanly(@TempDir Path dir) throws IOException {
        return cases().stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            Path folder = Files.createDirectories(dir.resolve(file.getFileName().toString()));
            TempProject project = new TempProject(folder).writeBytes(Files.readAllBytes(file));
            Map<String, String> before = project.snapshot();
            for (String command : List.of("validate", "generate")) {
                CliRun run = assertTimeoutPreemptively(TIME_BOUND, () -> project.run(command));
                String err = run.err().replace(project.file().toString(), "environment.yaml");
                assertEquals(1, run.exit(), command + ": " + err);
                assertFalse(run.hasStackTrace(), command + ": " + err);
                Matcher m = FIRST_ERROR.matcher(err);
                assertTrue(m.find() && Integer.parseInt(m.group(1)) > 0, command + " must say where: " + err);
                assertEquals(before, project.snapshot(), command + " changed the folder");
            }
        }));
    }

    @Test
    void listing(@TempDir Path dir) throws IOException {
        StringBuilder listing = new StringBuilder();
        for (Path file : cases()) {
            Path folder = Files.createDirectories(dir.resolve(file.getFileName().toString()));
            TempProject project = new TempProject(folder).writeBytes(Files.readAllBytes(file));
            CliRun run = project.run("validate");
            Matcher m = FIRST_ERROR.matcher(run.err());
            String first = run.err().lines().filter(l -> l.contains(": error[")).findFirst().orElse("(no error)")
                    .replace(project.file().toString(), "environment.yaml");
            listing.append(file.getFileName()).append(": ").append(m.find() ? m.group(3) : "-").append('\n')
                    .append("    ").append(first).append('\n');
        }
        Approvals.verify(listing.toString());
    }

    /** The whole corpus, one case after another, in a JVM with a 64 MB heap. */
    @Test
    void staysWithinAMemoryBound() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Processes.Result result = Processes.run(Path.of("."), List.of(java, "-Xmx64m",
                "-Dslf4j.internal.verbosity=ERROR", "-cp", System.getProperty("java.class.path"),
                CorpusRunner.class.getName(), CORPUS.toString()));
        assertEquals(0, result.exit(), result.output());
        List<String> lines = result.output().lines().toList();
        assertEquals(cases().size(), lines.size(), result.output());
        lines.forEach(line -> assertTrue(line.endsWith(" 1"), line));
    }

    @Test
    void aFileBeyondTheSizeLimit(@TempDir Path dir) throws IOException {
        TempProject project = new TempProject(dir);
        byte[] big = new byte[4 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) '#');
        project.writeBytes(big);
        CliRun run = project.run("validate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E002]"), run.err());
    }

    @Test
    void aDirectoryInsteadOfAFile(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("environment.yaml"));
        CliRun run = CliRun.of("validate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E012]: is a directory"), run.err());
    }

    @Test
    void anUnreadableFile(@TempDir Path dir) throws IOException {
        // A symbolic link loop cannot be read even by root (permissions can).
        Files.createSymbolicLink(dir.resolve("environment.yaml"), dir.resolve("loop"));
        Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("environment.yaml"));
        CliRun run = CliRun.of("validate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E014]: cannot read the file"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        Path locked = Files.writeString(dir.resolve("locked.yaml"), TempProject.minimal());
        if (locked.toFile().setReadable(false, false) && !Files.isReadable(locked)) {
            CliRun denied = CliRun.of("validate", "-f", locked.toString());
            assertEquals(1, denied.exit());
            assertTrue(denied.err().contains("error[E013]: permission denied"), denied.err());
        }
    }
}
