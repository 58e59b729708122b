package dev.gantry.emit.summary;

import static dev.gantry.targets.ArtifactSummary.code;

import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactSummary.Meaning;
import dev.gantry.targets.RawKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values of a JSON or YAML artifact that {@code raw} blocks set and that change, named with the
 * raw key's place in environment.yaml: a reviewer sees that a change comes from a raw block, which
 * Gantry's own checks do not look into.
 */
final class RawKeyChanges {

    /** A key path that leads nowhere in a version of the file. */
    private static final Object ABSENT = new Object();

    private RawKeyChanges() {
    }

    static List<Meaning> describe(Artifact generated, String before, String after) {
        if (generated.raw().isEmpty()) {
            return List.of();
        }
        StructureSummary reader = switch (generated.format()) {
            case JSON -> StructureSummary.json();
            case YAML -> StructureSummary.yaml();
            default -> null;
        };
        if (reader == null) {
            return List.of();
        }
        Optional<Object> a = reader.read(before);
        Optional<Object> b = reader.read(after);
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        List<Meaning> out = new ArrayList<>();
        for (RawKey key : generated.raw()) {
            Object was = lookup(a.get(), key.path());
            Object is = lookup(b.get(), key.path());
            if (!Objects.equals(was, is)) {
                out.add(new Meaning(StructureSummary.fileSubject(generated.path()), "raw " + code(key.dotted())
                        + " (line " + key.at() + "): " + show(was) + " -> " + show(is)));
            }
        }
        return out;
    }

    private static String show(Object value) {
        return value == ABSENT ? "(absent)" : code(StructureSummary.render(value));
    }

    /** The value at {@code path}; {@code [name]} picks the mapping named so from a list. */
    private static Object lookup(Object root, List<String> path) {
        Object at = root;
        for (String key : path) {
            if (key.startsWith("[") && at instanceof List<?> list) {
                String name = key.substring(1, key.length() - 1);
                at = list.stream().<Object>map(m -> m)
                        .filter(m -> m instanceof Map<?, ?> map && name.equals(map.get("name")))
                        .findFirst().orElse(ABSENT);
            } else if (at instanceof Map<?, ?> map && map.containsKey(key)) {
                at = map.get(key);
            } else {
                return ABSENT;
            }
        }
        return at;
    }
}
