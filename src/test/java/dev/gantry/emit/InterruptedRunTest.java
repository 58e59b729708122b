package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import dev.gantry.util.GantryVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault injection: a run is interrupted at every step it takes on disk in turn (after writing part
 * of a temporary file, as a kill would leave it). Each time, every file must be old or new, never
 * anything else, and the next run must complete the set.
 */
class InterruptedRunTest {

    static final String OLD = TempProject.minimal() + """
                  - name: tools
                    run: [echo tools]
              app:
                from: base
                stages:
                  - name: code
                    run: [echo code]
            """;
    /** Changes every file, adds an image's files (in a new folder .docker/web) and removes another's. */
    static final String NEW = OLD.replace("bookworm-slim", "trixie-slim").replace("  app:", "  web:");

    /** Thrown where the process would have been killed. */
    private static final class Killed extends RuntimeException {
    }

    /** The real file operations, until the {@code killAt}-th, which dies (leaving half a temporary file when it stages). */
    private static final class KilledAt implements FileOps {
        private final FileOps real = new AtomicFiles();
        private final int killAt;
        private int done;

        KilledAt(int killAt) {
            this.killAt = killAt;
        }

        private void step() {
            if (done++ == killAt) {
                throw new Killed();
            }
        }

        @Override
        public void stage(Path file, byte[] bytes, boolean executable) throws IOException {
            if (done == killAt) {
                Files.createDirectories(file.getParent());
                Files.write(AtomicFiles.temporaryFor(file), Arrays.copyOf(bytes, bytes.length / 2));
            }
            step();
            real.stage(file, bytes, executable);
        }

        @Override
        public void commit(Path file) throws IOException {
            step();
            real.commit(file);
        }

        @Override
        public void delete(Path path) throws IOException {
            step();
            real.delete(path);
        }

        @Override
        public void sync(Path folder) throws IOException {
            step();
            real.sync(folder);
        }
    }

    @Test
    void everyInterruptionLeavesEachFileOldOrNewAndTheNextRunCompletesTheSet(@TempDir Path dir) throws Exception {
        Map<String, String> before = generated(dir.resolve("reference"), OLD);
        new TempProject(dir.resolve("reference")).write(NEW).run("generate");
        Map<String, String> after = files(dir.resolve("reference"));
        KilledAt counter = new KilledAt(Integer.MAX_VALUE);
        apply(generatedFolder(dir.resolve("count")), counter);
        int steps = counter.done;
        assertTrue(steps >= 14, "5 files and the manifest staged, the journal written, 5 files renamed, 1 deleted,"
                + " its folder removed, the manifest renamed, the journal deleted: " + steps);

        for (int killAt = 0; killAt < steps; killAt++) {
            Path folder = generatedFolder(dir.resolve("run" + killAt));
            int at = killAt;
            assertThrows(Killed.class, () -> apply(folder, new KilledAt(at)));

            Map<String, String> interrupted = files(folder);
            Set<String> paths = new TreeSet<>(before.keySet());
            paths.addAll(after.keySet());
            for (String path : paths) {
                String now = interrupted.get(path);
                assertTrue(Objects.equals(now, before.get(path)) || Objects.equals(now,
                        after.get(path)), "killed at step " + killAt + ": " + path + " is neither old nor new");
            }
            assertTrue(interrupted.keySet().stream().allMatch(p -> paths.contains(p) || p.endsWith(".gantry-tmp")
                    || p.equals(Journal.PATH)), "killed at step " + killAt + ": only temporary files and the journal"
                    + " are extra: " + interrupted.keySet());
            interrupted.keySet().removeIf(p -> p.endsWith(".gantry-tmp") || p.equals(Journal.PATH));
            boolean journal = Files.exists(folder.resolve(Journal.PATH));
            assertTrue(journal || interrupted.equals(before) || interrupted.equals(after),
                    "killed at step " + killAt + ": a mixed set always has a journal");

            // The commands that read the output, in turn: each completes a journal before it reads.
            boolean diff = killAt % 2 == 1;
            CliRun reader = diff ? new TempProject(folder).run("diff")
                    : new TempProject(folder).run("generate", "--check");
            Map<String, String> read = files(folder);
            read.keySet().removeIf(p -> p.endsWith(".gantry-tmp"));
            assertEquals(journal ? after : interrupted, read, "killed at step " + killAt + ": " + (diff ? "diff"
                    : "generate --check") + " completes the set when the journal was written, and changes nothing"
                    + " when it was not: " + reader.err());
            assertEquals(diff || read.equals(after) ? 0 : 3, reader.exit(), reader.err());
            assertEquals(journal, reader.err().contains("an earlier `gantry generate` was interrupted"), reader.err());

            CliRun next = new TempProject(folder).run("generate");
            assertEquals(0, next.exit(), "after a kill at step " + killAt + ": " + next.err());
            assertEquals(after, files(folder), "after a kill at step " + killAt + " the next run completes the set");
            assertFalse(Files.exists(folder.resolve(".docker/app")), "and removes the emptied folder");
        }
    }

    @Test
    void aFailedStagingLeavesEveryFileAsItWas(@TempDir Path dir) throws IOException {
        Path folder = generatedFolder(dir);
        String dockerfile = Files.readString(folder.resolve("Dockerfile"));
        FileOps real = new AtomicFiles();
        FileOps failing = new FileOps() {
            @Override
            public void stage(Path file, byte[] bytes, boolean executable) throws IOException {
                if (file.endsWith(Manifest.PATH)) {
                    throw new FileSystemException(file.toString(), null, "No space left on device");
                }
                real.stage(file, bytes, executable);
            }

            @Override
            public void commit(Path file) {
                throw new AssertionError("nothing is renamed before every file is staged");
            }

            @Override
            public void delete(Path path) throws IOException {
                assertTrue(path.getFileName().toString().endsWith(".gantry-tmp") || Files.isDirectory(path),
                        "only what staging made is removed: " + path);
                real.delete(path);
            }

            @Override
            public void sync(Path folder) {
            }
        };
        Map<String, String> before = files(folder);
        Emitter.NothingWrittenException e = assertThrows(Emitter.NothingWrittenException.class,
                () -> apply(folder, failing));
        assertTrue(e.getCause() instanceof FileSystemException, String.valueOf(e.getCause()));
        assertEquals(dockerfile, Files.readString(folder.resolve("Dockerfile")));
        assertEquals(before, files(folder), "no temporary file left behind");
        assertFalse(Files.exists(folder.resolve(".docker/web")), "nor the folder staging made");
    }

    private static Path generatedFolder(Path folder) throws IOException {
        generated(folder, OLD);
        new TempProject(folder).write(NEW);
        return folder;
    }

    private static Map<String, String> generated(Path folder, String yaml) throws IOException {
        Files.createDirectories(folder);
        CliRun run = new TempProject(folder).write(yaml).run("generate");
        assertEquals(0, run.exit(), run.err());
        return files(folder);
    }

    /** Compiles environment.yaml in {@code folder} and applies the plan with {@code ops}, as generate does. */
    private static void apply(Path folder, FileOps ops) throws Exception {
        Compilation result = Compiler.compile(folder.resolve("environment.yaml"), "environment.yaml",
                Options.everything());
        OutputPlan plan = OutputPlan.of(folder, result.artifacts(), Manifest.read(folder), true, "environment.yaml");
        new Emitter(ops).apply(plan, GantryVersion.current());
    }

    /** Every file below {@code folder} (environment.yaml aside) with its content. */
    private static Map<String, String> files(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String path = folder.relativize(p).toString();
                if (!path.equals("environment.yaml")) {
                    files.put(path, new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }
}
