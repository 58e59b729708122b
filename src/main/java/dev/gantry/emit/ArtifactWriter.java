package dev.gantry.emit;

import dev.gantry.target.Artifact;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Writes artifacts: a file whose bytes would not change is left alone (its modification time too);
 * a changed one is written to a temporary file beside it and renamed into place, so a reader never
 * sees half a file.
 */
public final class ArtifactWriter {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");

    public enum Change { ADDED, CHANGED, UNCHANGED }

    public record Outcome(String path, Change change) {
    }

    private final Path outputFolder;

    public ArtifactWriter(Path outputFolder) {
        this.outputFolder = outputFolder;
    }

    /** What writing would change, without writing. */
    public List<Outcome> compare(List<Artifact> artifacts) throws IOException, SafePaths.UnsafePathException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            outcomes.add(new Outcome(artifact.path(), changeOf(SafePaths.resolve(outputFolder, artifact.path()),
                    artifact)));
        }
        return outcomes;
    }

    public List<Outcome> write(List<Artifact> artifacts) throws IOException, SafePaths.UnsafePathException {
        List<Outcome> outcomes = new ArrayList<>();
        for (Artifact artifact : artifacts) {
            Path target = SafePaths.resolve(outputFolder, artifact.path());
            Change change = changeOf(target, artifact);
            if (change != Change.UNCHANGED) {
                replace(target, artifact);
            }
            outcomes.add(new Outcome(artifact.path(), change));
        }
        return outcomes;
    }

    private static Change changeOf(Path target, Artifact artifact) throws IOException {
        if (!Files.isRegularFile(target)) {
            return Change.ADDED;
        }
        boolean sameBytes = Arrays.equals(Files.readAllBytes(target), artifact.bytes());
        boolean sameMode = !isPosix(target) || Files.isExecutable(target) == artifact.format().executable();
        return sameBytes && sameMode ? Change.UNCHANGED : Change.CHANGED;
    }

    private static void replace(Path target, Artifact artifact) throws IOException {
        Path folder = target.getParent();
        Files.createDirectories(folder);
        Path temp = Files.createTempFile(folder, "." + target.getFileName() + ".", ".gantry-tmp");
        try {
            Files.write(temp, artifact.bytes());
            if (isPosix(temp)) {
                Files.setPosixFilePermissions(temp, artifact.format().executable() ? EXECUTABLE : REGULAR);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static boolean isPosix(Path path) {
        return path.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
