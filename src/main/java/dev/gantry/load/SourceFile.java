package dev.gantry.load;

import java.nio.file.Path;

/**
 * The text of an environment file. {@code displayName} is how diagnostics name it (the path as the
 * user gave it), {@code path} where it is on disk.
 */
public record SourceFile(Path path, String displayName, String text) {
}
