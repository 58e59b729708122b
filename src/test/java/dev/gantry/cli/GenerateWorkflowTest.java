package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commit-and-review workflow of `gantry generate`, one scenario per test, on a real folder. */
class GenerateWorkflowTest {

    /** Two images: {@code base} (its stage runs `echo hello`) and {@code tools}, built on it. */
    private static final String TWO_IMAGES = TempProject.minimal() + """
              tools:
                from: base
                stages:
                  - name: debug
                    run: [echo debug]
            """;

    private static final FileTime LONG_AGO = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));

    private static TempProject generated(Path dir) {
        TempProject project = new TempProject(dir).write(TWO_IMAGES);
        CliRun first = project.run("generate");
        assertEquals(0, first.exit(), first.err());
        return project;
    }

    @Test
    void secondRunWritesNothingNotEvenModificationTimes(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        setAllModificationTimes(dir, LONG_AGO);
        Map<String, String> before = project.snapshot();
        CliRun second = project.run("generate");
        assertEquals(0, second.exit(), second.err());
        assertTrue(second.out().matches("0 changed, [0-9]+ unchanged\n"), second.out());
        assertEquals(before, project.snapshot());
    }

    @Test
    void renamedImageFilesArePrunedWithTheirFolder(@TempDir Path dir) {
        TempProject project = generated(dir);
        assertTrue(Files.isRegularFile(dir.resolve(".docker/tools/Dockerfile.stage0")));
        CliRun rename = project.write(TWO_IMAGES.replace("  tools:", "  debugging:")).run("generate");
        assertEquals(0, rename.exit(), rename.err());
        assertTrue(rename.out().contains("removed: .docker/tools/Dockerfile.stage0"), rename.out());
        assertTrue(rename.out().contains("added:   .docker/debugging/Dockerfile.stage0"), rename.out());
        assertFalse(Files.exists(dir.resolve(".docker/tools")), "the emptied folder goes too");
        assertTrue(Files.isRegularFile(dir.resolve(".docker/debugging/Dockerfile.stage0")));
        assertManifestLists(dir, ".docker/debugging/Dockerfile.stage0");
        assertFalse(manifest(dir).contains(".docker/tools/"), manifest(dir));
    }

    @Test
    void unrelatedFilesAreNeverTouched(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Files.writeString(dir.resolve("notes.txt"), "mine\n");
        Files.writeString(dir.resolve(".docker/tools/README"), "also mine\n");
        setAllModificationTimes(dir, LONG_AGO);
        CliRun rename = project.write(TWO_IMAGES.replace("  tools:", "  debugging:")).run("generate");
        assertEquals(0, rename.exit(), rename.err());
        assertEquals("mine\n", Files.readString(dir.resolve("notes.txt")));
        assertEquals(LONG_AGO, Files.getLastModifiedTime(dir.resolve("notes.txt")));
        assertEquals("also mine\n", Files.readString(dir.resolve(".docker/tools/README")),
                "a folder that holds a file of the user's stays");
        assertFalse(Files.exists(dir.resolve(".docker/tools/Dockerfile.stage0")));
    }

    @Test
    void handEditIsRefusedWithTheDiffAndLeftAsItWas(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Path dockerfile = dir.resolve("Dockerfile");
        Files.writeString(dockerfile,
                Files.readString(dockerfile).replace("RUN echo hello", "RUN echo hello && echo mine"));
        setAllModificationTimes(dir, LONG_AGO);
        project.write(TWO_IMAGES.replace("echo debug", "echo debugging"));
        Map<String, String> before = project.snapshot();

        CliRun run = project.run("generate");

        assertEquals(4, run.exit(), run.err());
        assertEquals(before, project.snapshot(), "nothing is written, not even the files that were not edited");
        assertTrue(run.err().contains("Dockerfile: edited by hand since Gantry wrote it"), run.err());
        assertTrue(run.err().contains("-RUN echo hello\n+RUN echo hello && echo mine\n"), run.err());
        assertTrue(run.err().contains("environment.yaml") && run.err().contains("--force"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
    }

    @Test
    void forceOverwritesAHandEdit(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Path dockerfile = dir.resolve("Dockerfile");
        String generated = Files.readString(dockerfile);
        Files.writeString(dockerfile, generated + "# mine\n");
        CliRun run = project.run("generate", "--force");
        assertEquals(0, run.exit(), run.err());
        assertEquals(generated, Files.readString(dockerfile));
        assertEquals(0, project.run("generate").exit(), "the manifest agrees with the disk again");
    }

    @Test
    void handEditOfAFileNoLongerGeneratedIsNotDeleted(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Path stage = dir.resolve(".docker/tools/Dockerfile.stage0");
        Files.writeString(stage, "# mine\n", StandardOpenOption.APPEND);
        CliRun run = project.write(TWO_IMAGES.replace("  tools:", "  debugging:")).run("generate");
        assertEquals(4, run.exit(), run.err());
        assertTrue(run.err().contains(".docker/tools/Dockerfile.stage0: edited by hand since Gantry wrote it, and no"
                + " longer generated"), run.err());
        assertTrue(Files.exists(stage));
        assertFalse(Files.exists(dir.resolve(".docker/debugging")));
    }

    @Test
    void aFileGantryDidNotWriteIsNotOverwrittenWithoutForce(@TempDir Path dir) throws IOException {
        TempProject project = new TempProject(dir).write(TWO_IMAGES);
        Files.writeString(dir.resolve("Dockerfile"), "FROM scratch\n");
        CliRun run = project.run("generate");
        assertEquals(4, run.exit(), run.err());
        assertTrue(run.err().contains("Dockerfile: not written by Gantry (.gantry/manifest.json does not list it)"),
                run.err());
        assertEquals("FROM scratch\n", Files.readString(dir.resolve("Dockerfile")));
        assertFalse(Files.exists(dir.resolve(".gantry")), "nothing written");
        assertEquals(0, project.run("generate", "--force").exit());
        assertTrue(Files.readString(dir.resolve("Dockerfile")).contains("FROM debian:bookworm-slim AS base-os"));
    }

    @Test
    void filesThatAlreadyHoldWhatGantryWritesAreAdopted(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Files.delete(dir.resolve(".gantry/manifest.json"));
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().matches("added:   \\.gantry/manifest\\.json\n0 changed, [0-9]+ unchanged\n"), run.out());
    }

    @Test
    void checkExitsZeroWhenCurrentAndThreeWithTheDiffWhenStale(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        CliRun current = project.run("generate", "--check");
        assertEquals(0, current.exit(), current.out() + current.err());

        project.write(TWO_IMAGES.replace("echo debug", "echo debugging").replace("  base:", "  core:")
                .replace("from: base", "from: core"));
        Map<String, String> before = project.snapshot();
        CliRun stale = project.run("generate", "--check");
        assertEquals(3, stale.exit(), stale.out() + stale.err());
        assertEquals(before, project.snapshot(), "--check writes nothing");
        assertTrue(stale.out().contains("  changed  Dockerfile  (+"), stale.out());
        assertTrue(stale.out().contains("  added    .docker/core/Dockerfile.stage0  (+"), stale.out());
        assertTrue(stale.out().contains("  removed  .docker/base/Dockerfile.stage0  (+0 -"), stale.out());
        assertTrue(stale.out().contains("\n-RUN echo debug\n") && stale.out().contains("\n+RUN echo debugging\n"),
                stale.out());

        assertEquals(0, project.run("generate").exit());
        assertEquals(0, project.run("generate", "--check").exit());
        Files.delete(dir.resolve(".docker/tools/Dockerfile.stage0"));
        CliRun missing = project.run("generate", "--check");
        assertEquals(3, missing.exit());
        assertTrue(missing.out().contains("  added    .docker/tools/Dockerfile.stage0"), missing.out());
    }

    @Test
    void checkReportsAMissingManifest(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Files.delete(dir.resolve(".gantry/manifest.json"));
        CliRun run = project.run("generate", "--check");
        assertEquals(3, run.exit());
        assertTrue(run.out().contains("changed  .gantry/manifest.json"), run.out());
    }

    @Test
    void renderErrorLeavesTheFolderByteForByteUnchanged(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Files.createDirectories(dir.resolve("overrides/dockerfile"));
        Files.writeString(dir.resolve("overrides/dockerfile/stage.ftl"), "[=noSuchValue]\n");
        project.write("templates: overrides\n" + TWO_IMAGES.replace("echo debug", "echo debugging"));
        Map<String, String> before = project.snapshot();
        CliRun run = project.run("generate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("stage.ftl:1:3"), run.err());
        assertEquals(before, project.snapshot());
    }

    @Test
    void restrictedRunPrunesNothing(@TempDir Path dir) {
        TempProject project = generated(dir);
        CliRun run = project.write(TWO_IMAGES.replace("  tools:", "  debugging:"))
                .run("generate", "--target", "dockerfile");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.exists(dir.resolve(".docker/tools/Dockerfile.stage0")));
        assertManifestLists(dir, ".docker/tools/Dockerfile.stage0");
        assertManifestLists(dir, ".docker/debugging/Dockerfile.stage0");
        assertEquals(0, project.run("generate").exit());
        assertFalse(Files.exists(dir.resolve(".docker/tools")), "a full run prunes");
    }

    @Test
    void anotherEnvironmentFileCannotTakeOverTheFolder(@TempDir Path dir) throws IOException {
        generated(dir);
        Files.writeString(dir.resolve("other.yaml"), TWO_IMAGES.replace("name: demo", "name: other"));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("other.yaml").toString());
        assertEquals(4, run.exit(), run.err());
        assertTrue(run.err().contains("this folder holds the files generated from environment.yaml"), run.err());
    }

    @Test
    void unreadableManifestIsRefused(@TempDir Path dir) throws IOException {
        TempProject project = generated(dir);
        Files.writeString(dir.resolve(".gantry/manifest.json"), "{not json");
        CliRun run = project.run("generate");
        assertEquals(4, run.exit());
        assertTrue(run.err().contains(".gantry/manifest.json cannot be read"), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertEquals(3, project.run("generate", "--check").exit());
        assertEquals(0, project.run("generate", "--force").exit());
        assertEquals(0, project.run("generate", "--check").exit());
    }

    static void setAllModificationTimes(Path dir, FileTime time) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Files.setLastModifiedTime(file, time);
            }
        }
    }

    private static String manifest(Path dir) {
        try {
            return Files.readString(dir.resolve(".gantry/manifest.json"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void assertManifestLists(Path dir, String path) {
        assertTrue(manifest(dir).contains("\"" + path + "\": {\"sha256\": \""), manifest(dir));
    }
}
