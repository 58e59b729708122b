package dev.gantry.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The projects import's tests read, written for them (no file of a real project), copied to a test's folder. */
final class Fixtures {

    static final Path ROOT = Path.of("src", "test", "resources", "importer");

    private Fixtures() {
    }

    /** A copy of fixture {@code name} in {@code folder}/{@code name}. */
    static Path copy(String name, Path folder) {
        Path from = ROOT.resolve(name);
        Path to = folder.resolve(name);
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return to;
    }
}
