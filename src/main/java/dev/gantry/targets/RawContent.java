package dev.gantry.targets;

import dev.gantry.model.Raw;
import dev.gantry.render.YamlWriter;
import java.util.List;

/**
 * What {@code raw} blocks put into one artifact: the values a target merged into its document before
 * writing it ({@code keys}), and, for an artifact a template writes, the blocks to merge into the
 * rendered YAML at a key path ({@code patches}, applied after rendering, before the artifact is checked).
 */
public record RawContent(List<RawKey> keys, List<Patch> patches) {

    public static final RawContent NONE = new RawContent(List.of(), List.of());

    /**
     * A raw block merged into the mapping at {@code path} of a rendered YAML file (the root when empty),
     * its values written by {@code writer}, as the target writes its own; {@code named} says what the
     * mapping is, for a warning when the rendered file has none there.
     */
    public record Patch(List<String> path, Raw.Mapping block, YamlWriter writer, String named) {

        public Patch {
            path = List.copyOf(path);
        }
    }

    public RawContent {
        keys = List.copyOf(keys);
        patches = List.copyOf(patches);
    }

    public static RawContent keys(List<RawKey> keys) {
        return new RawContent(keys, List.of());
    }

    public static RawContent patches(List<Patch> patches) {
        return new RawContent(List.of(), patches);
    }

    public boolean isEmpty() {
        return keys.isEmpty() && patches.isEmpty();
    }
}
