package dev.gantry.emit;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The two things {@link Emitter} does to the disk. {@link AtomicFiles} is the real one; tests
 * wrap it to fail part-way and prove that an interrupted run leaves every file old or new.
 */
public interface FileOps {

    /** Puts {@code bytes} at {@code file} so that a reader sees either the old file or the new one. */
    void replace(Path file, byte[] bytes, boolean executable) throws IOException;

    /** Deletes a file or an empty folder. */
    void delete(Path path) throws IOException;
}
