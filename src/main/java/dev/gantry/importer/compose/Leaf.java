package dev.gantry.importer.compose;

import dev.gantry.importer.Origin;
import java.util.List;

/**
 * One setting of a resolved compose file: its path under the service ({@code environment},
 * {@code APP_ENV}), its value in one canonical form (lists as JSON arrays; null for an environment
 * variable taken from the shell), and where it was written.
 */
public record Leaf(List<String> path, String value, Origin origin) {

    public Leaf {
        path = List.copyOf(path);
    }

    public String key() {
        return String.join(".", path);
    }

    /** The value as the table shows it. */
    public String shown() {
        return value == null ? "(from the shell)" : value;
    }
}
