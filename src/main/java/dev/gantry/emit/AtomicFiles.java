package dev.gantry.emit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
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
 * by a killed run is found by the next: completed from the journal, or removed.
 */
public final class AtomicFiles implements FileOps {

    private static final Set<PosixFilePermission> EXECUTABLE = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> REGULAR = PosixFilePermissions.fromString("rw-r--r--");

    /** Where {@link #stage} puts the new bytes of {@code file}. */
    public static Path temporaryFor(Path file) {
        return file.resolveSibling("." + file.getFileName() + ".gantry-tmp");
    }

    @Override
    public void stage(Path file, byte[] bytes, boolean executable) throws IOException {
        Files.createDirectories(file.getParent());
        stage(file, bytes, executable ? EXECUTABLE : REGULAR);
    }

    /** Replaces an existing file that is not Gantry's (environment.yaml), keeping its permissions. */
    public void rewrite(Path file, byte[] bytes) throws IOException {
        boolean posix = file.getFileSystem().supportedFileAttributeViews().contains("posix");
        stage(file, bytes, posix ? Files.getPosixFilePermissions(file) : null);
        commit(file);
    }

    private static void stage(Path file, byte[] bytes, Set<PosixFilePermission> mode) throws IOException {
        Path temp = temporaryFor(file);
        Files.deleteIfExists(temp);
        // CREATE_NEW never follows a symbolic link planted at the temporary path.
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (mode != null && temp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(temp, mode);
            }
            channel.force(true);
        }
    }

    @Override
    public void commit(Path file) throws IOException {
        Path temp = temporaryFor(file);
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @Override
    public void delete(Path path) throws IOException {
        Files.deleteIfExists(path);
    }

    @Override
    public void sync(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some file systems cannot open a folder to flush it; their renames are as durable as they get.
        }
    }
}
