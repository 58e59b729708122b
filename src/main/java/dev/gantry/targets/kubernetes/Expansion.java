package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.Value;

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

    static String of(Value value) {
        return value.write(Expansion::literal, variable -> "$(" + variable.name() + ")");
    }
}
