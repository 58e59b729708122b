package dev.gantry.emit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gantry writes and deletes only inside the output folder, whatever a path or the disk says. */
class SafePathsTest {

    private static TempProject project(Path dir) throws IOException {
        return new TempProject(Files.createDirectories(dir.resolve("project"))).write(TempProject.minimal());
    }

    @Test
    void plainRelativePathsResolveInsideTheFolder(@TempDir Path dir) throws Exception {
        assertEquals(dir.resolve(".docker/app/Dockerfile.stage0"),
                SafePaths.resolve(dir, ".docker/app/Dockerfile.stage0"));
    }

    @Test
    void absoluteParentAndOddPathsAreRefused(@TempDir Path dir) {
        for (String path : List.of("/etc/passwd", "../outside", "a/../../outside", "a/./b", "a//b", "a/", "", "a\\b",
                "a\0b")) {
            SafePaths.UnsafePathException e = assertThrows(SafePaths.UnsafePathException.class,
                    () -> SafePaths.resolve(dir, path), path);
            assertTrue(e.getMessage().startsWith("unsafe path `"), e.getMessage());
        }
    }

    @Test
    void aSymbolicLinkOnTheWayIsRefusedByItsOwnName(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(outside.resolve("app"));
        Path output = Files.createDirectories(dir.resolve("output"));
        Files.createSymbolicLink(output.resolve(".docker"), outside);
        SafePaths.UnsafePathException e = assertThrows(SafePaths.UnsafePathException.class,
                () -> SafePaths.resolve(output, ".docker/app/Dockerfile.stage0"));
        assertTrue(e.getMessage().contains("symbolic link `.docker`"), e.getMessage());
        Files.createSymbolicLink(output.resolve("Dockerfile"), outside.resolve("Dockerfile"));
        assertThrows(SafePaths.UnsafePathException.class, () -> SafePaths.resolve(output, "Dockerfile"));
    }

    /** A link in the output folder is a problem of the folder, not of environment.yaml: exit 4, naming the link. */
    @Test
    void generateRefusesToWriteThroughASymbolicLinkOutside(@TempDir Path dir) throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.createDirectories(outside.resolve("base"));
        TempProject project = project(dir);
        Files.createSymbolicLink(project.folder().resolve(".docker"), outside);
        for (String[] command : List.of(new String[] {"generate"}, new String[] {"generate", "--check"},
                new String[] {"diff"})) {
            CliRun run = project.run(command[0], java.util.Arrays.copyOfRange(command, 1, command.length));
            assertEquals(4, run.exit(), String.join(" ", command) + ": " + run.err());
            assertTrue(run.err().contains("the symbolic link `.docker`"), run.err());
            assertFalse(run.err().contains("`.docker/base`"), "names the link, not a folder behind it: " + run.err());
        }
        try (var files = Files.list(outside)) {
            assertEquals(1, files.count(), "nothing written outside");
        }
        assertFalse(Files.exists(project.folder().resolve("Dockerfile")), "nothing written inside either");
    }

    @Test
    void aManifestListingAPathOutsideIsNotTrusted(@TempDir Path dir) throws IOException {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "keep me\n");
        TempProject project = project(dir);
        assertEquals(0, project.run("generate").exit());
        Path manifest = project.folder().resolve(Manifest.PATH);
        String listing = "\"../victim.txt\": {\"sha256\": \"" + Manifest.sha256("keep me\n".getBytes()) + "\"},";
        Files.writeString(manifest, Files.readString(manifest).replace("\"files\": {", "\"files\": {\n    " + listing));
        CliRun run = project.run("generate");
        assertEquals(4, run.exit(), run.err());
        assertTrue(run.err().contains("unsafe path `../victim.txt`"), run.err());
        assertEquals(0, project.run("generate", "--force").exit());
        assertEquals("keep me\n", Files.readString(victim));
    }
}
