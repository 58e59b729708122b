package dev.gantry.targets;

import dev.gantry.diag.Position;
import java.util.List;

/**
 * A value a {@code raw} block put into an artifact: its key path in the artifact ({@code services},
 * {@code app}, {@code init}; an entry of a list of named mappings as {@code [name]}, as `gantry diff`
 * names it) and where environment.yaml says it.
 */
public record RawKey(List<String> path, Position at) {

    public RawKey {
        path = List.copyOf(path);
    }

    /** The path as `gantry diff` writes it: {@code services.app.init}, {@code containerDefinitions[app].user}. */
    public String dotted() {
        StringBuilder out = new StringBuilder();
        for (String key : path) {
            out.append(out.length() > 0 && !key.startsWith("[") ? "." : "").append(key);
        }
        return out.toString();
    }
}
