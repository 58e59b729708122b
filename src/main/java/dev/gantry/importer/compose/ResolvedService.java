package dev.gantry.importer.compose;

import dev.gantry.importer.source.SourceMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** A service after compose's resolution: its canonical mapping, and every setting as a {@link Leaf}. */
public record ResolvedService(String name, SourceMap source, Map<List<String>, Leaf> leaves) {

    /** The settings under a top key ({@code environment}), in order. */
    public List<Leaf> under(String key) {
        return leaves.values().stream().filter(l -> l.path().get(0).equals(key)).toList();
    }

    /** The top keys the settings are under, in order. */
    public List<String> keys() {
        return leaves.values().stream().map(l -> l.path().get(0)).distinct().collect(Collectors.toList());
    }
}
