package dev.gantry.importer.source;

import dev.gantry.importer.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping in source order, each key with where it stood. */
public record SourceMap(Map<String, Entry> entries, Origin origin, Optional<String> tag) implements SourceNode {

    public record Entry(String key, Origin keyOrigin, SourceNode value) {
    }

    public SourceMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static SourceMap empty(Origin at) {
        return new SourceMap(Map.of(), at, Optional.empty());
    }

    public Optional<SourceNode> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** The mapping under {@code key}, or an empty one at this mapping when it has none or something else. */
    public SourceMap map(String key) {
        return get(key).filter(SourceMap.class::isInstance).map(SourceMap.class::cast).orElse(empty(origin));
    }

    /** The text of the scalar under {@code key}. */
    public Optional<String> text(String key) {
        return get(key).filter(SourceScalar.class::isInstance).map(n -> ((SourceScalar) n).text());
    }

    /** Where {@code key} stood, else where the mapping did. */
    public Origin keyOrigin(String key) {
        Entry e = entries.get(key);
        return e == null ? origin : e.keyOrigin();
    }

    public boolean isEmptyMap() {
        return entries.isEmpty();
    }

    public List<Entry> list() {
        return new ArrayList<>(entries.values());
    }

    /** This mapping with {@code key} set to {@code value}, in place if present, at the end otherwise. */
    public SourceMap with(String key, Origin keyOrigin, SourceNode value) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.put(key, new Entry(key, keyOrigin, value));
        return new SourceMap(copy, origin, tag);
    }

    public SourceMap without(String key) {
        Map<String, Entry> copy = new LinkedHashMap<>(entries);
        copy.remove(key);
        return new SourceMap(copy, origin, tag);
    }

    @Override
    public String kind() {
        return "a mapping";
    }
}
