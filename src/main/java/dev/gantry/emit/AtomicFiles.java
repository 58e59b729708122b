package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Replaces a file by writing a temporary file beside it and renaming it into place, so the file is
 * never half-written. The temporary file has a fixed name ({@code .NAME.gantry-tmp}), so one left
 * by a killed run is found and removed by the next.
 */
public final class AtomicFiles implements FileOps {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");

    /** Where {@link #replace} stages the new bytes of {@code file}. */
    public static Path temporaryFor(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".gantry-tmp");
    }

    @Override
    public void replace(Path file, byte[] bytes, boolean executable) throws IOException {
        Files.createDirectories(file.getParent());
        write(file, bytes, executable ? EXECUTABLE : REGULAR);
    }

    /** Replaces an existing file that is not Gantry's (environment.yaml), keeping its permissions. */
    public void rewrite(Path file, byte[] bytes) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        write(file, bytes, posix ? Files.getPosixFilePermissions(file) : null);
    }

    private static void write(Path file, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path temp = temporaryFor(file);
        Files.deleteIfExists(temp);
        try {
            // CREATE_NEW never follows a symbolic link planted at the temporary path.
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            if (mode != null && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, mode);
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void delete(Path path) throws IOException {
        Files.deleteIfExists(path);
    }
}
