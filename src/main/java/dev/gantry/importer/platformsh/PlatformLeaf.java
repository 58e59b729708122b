package dev.gantry.importer.platformsh;

import dev.gantry.importer.Origin;
import java.util.List;

/** One setting of a Platform.sh or Upsun file: its path ({@code app:app}, {@code web}, ...), value, file and place. */
public record PlatformLeaf(List<String> path, String value, boolean plain, String file, Origin origin) {

    public PlatformLeaf {
        path = List.copyOf(path);
    }

    /** The key below the part: {@code web.locations./.root}. */
    /** The value as YAML typed it: a boolean, a whole number or a string. */
    public dev.gantry.importer.draft.DraftScalar typed() {
        return PlatformContext.typed(value, plain);
    }

    public String key() {
        return String.join(".", path.subList(1, path.size()));
    }
}
