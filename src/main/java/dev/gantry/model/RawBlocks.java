package dev.gantry.model;

import java.util.Map;
import java.util.Optional;

/**
 * The {@code raw} blocks of one level (a service, an environment, the workflows), by the target
 * whose artifact they go into: each entry's key is the target name ({@code compose}, {@code ecs},
 * ...), its value the mapping merged into that target's object at this level.
 */
public record RawBlocks(Raw.Mapping blocks) {

    public static final RawBlocks NONE = new RawBlocks(new Raw.Mapping(Map.of(), dev.gantry.diag.Position.UNKNOWN));

    /** The block for {@code target}, when this level has one. */
    public Optional<Raw.Mapping> of(String target) {
        Raw.Entry entry = blocks.entries().get(target);
        return entry != null && entry.value() instanceof Raw.Mapping block ? Optional.of(block) : Optional.empty();
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }
}
