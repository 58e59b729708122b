package dev.gantry.load;

import dev.gantry.diag.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A mapping in source order, with the position of every key. */
public record YMap(Map<String, Entry> entries, Position position) implements YNode {

    public record Entry(String key, Position keyPosition, YNode value) {
    }

    public YMap {
        entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
    }

    public static YMap of(List<Entry> list, Position at) {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : list) {
            map.put(e.key(), e);
        }
        return new YMap(map, at);
    }

    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        return e == null ? Optional.empty() : Optional.of(e.value());
    }

    public Position keyPosition(String key) {
        Entry e = entries.get(key);
        return e == null ? position : e.keyPosition();
    }

    @Override
    public String kind() {
        return "a mapping";
    }
}
