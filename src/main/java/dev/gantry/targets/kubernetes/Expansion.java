package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.model.Raw;
import java.util.Optional;

/**
 * Kubernetes expands {@code $(NAME)} in a container's command, arguments and environment values with
 * the container's variables, and reads {@code $$} as one {@code $}: every literal {@code $} is doubled,
 * so no text the user wrote is expanded, and a secret inside a value becomes {@code $(NAME)} of the
 * variable that holds it. Probes are not expanded: their commands are written as they are.
 */
final class Expansion {

    private Expansion() {
    }

    static String literal(String text) {
        return text.replace("$", "$$");
    }

    /** Whether kustomize's YAML writer changes {@code text}: it reads U+0085, U+2028 and U+2029 as line breaks. */
    static boolean lostByKustomize(String text) {
        return text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
    }

    /** The first text of a raw block (a key or a value) that kustomize would change, with its place. */
    static Optional<Position> lostByKustomize(Raw value) {
        if (value instanceof Raw.Text text) {
            return lostByKustomize(text.value()) ? Optional.of(text.at()) : Optional.empty();
        }
        if (value instanceof Raw.Sequence seq) {
            return seq.items().stream().map(Expansion::lostByKustomize).flatMap(Optional::stream)
                    .findFirst();
        }
        if (value instanceof Raw.Mapping map) {
            for (Raw.Entry entry : map.entries().values()) {
                if (lostByKustomize(entry.key())) {
                    return Optional.of(entry.keyAt());
                }
                Optional<Position> inside = lostByKustomize(entry.value());
                if (inside.isPresent()) {
                    return inside;
                }
            }
        }
        return Optional.empty();
    }

    static String of(Value value) {
        return value.writeNames(Expansion::literal, name -> "$(" + name + ")");
    }
}
