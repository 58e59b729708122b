package dev.gantry.pipeline;

import java.util.Set;

/**
 * What to compile: {@code environments} and {@code targets} restrict the run when not empty;
 * {@code render} false stops after validation.
 */
public record Options(Set<String> environments, Set<String> targets, boolean render) {

    public static Options validateOnly() {
        return new Options(Set.of(), Set.of(), false);
    }

    public static Options everything() {
        return new Options(Set.of(), Set.of(), true);
    }
}
