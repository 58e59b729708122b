package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * What {@link Emitter} and {@link Journal} do to the disk. {@link AtomicFiles} is the real one; tests
 * wrap it to stop part-way, as a kill would, and prove that the next run finds every file old or new.
 */
public interface FileOps {

    /**
     * Puts {@code bytes} in the temporary file of {@code file} ({@link AtomicFiles#temporaryFor}), creating
     * its folder, and on the disk before it returns; {@code file} itself is not touched.
     */
    void stage(Path file, byte[] bytes, boolean executable) throws IOException;

    /** Renames the staged temporary file of {@code file} onto it, so that a reader sees the old file or the new one. */
    void commit(Path file) throws IOException;

    /** Deletes a file or an empty folder. */
    void delete(Path path) throws IOException;

    /** Puts the renames and deletions made in {@code folder} on the disk. */
    void sync(Path folder) throws IOException;
}
