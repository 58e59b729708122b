package dev.gantry.model;

import java.util.List;

/**
 * Dockerfile instruction lines a stage's {@code raw.dockerfile} block puts before and after its
 * {@code RUN} instructions, each with its place in environment.yaml, as written (the dockerfile
 * target checks that each is one whole instruction).
 */
public record RawInstructions(List<Located<String>> beforeRun, List<Located<String>> afterRun) {

    public static final RawInstructions NONE = new RawInstructions(List.of(), List.of());

    public RawInstructions {
        beforeRun = List.copyOf(beforeRun);
        afterRun = List.copyOf(afterRun);
    }

    public boolean isEmpty() {
        return beforeRun.isEmpty() && afterRun.isEmpty();
    }
}
