package dev.gantry.catalog;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Platform.sh takes versions as lines ({@code 10.11}, {@code 2}): the line a fuller version belongs to. */
public final class VersionLines {

    private VersionLines() {
    }

    /** The longest offered line that {@code version} is, or starts with followed by a dot. */
    public static Optional<String> line(List<String> offered, String version) {
        return offered.stream().filter(v -> version.equals(v) || version.startsWith(v + "."))
                .max(Comparator.comparingInt(String::length));
    }
}
