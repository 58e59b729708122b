package dev.gantry.load;

import dev.gantry.diag.Position;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

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

    /**
     * Whom to tell of each key read through {@link #get}, by the place of the key; null (always, in
     * a run of Gantry) for nobody. A test sets it to find keys the schema accepts and no binder reads.
     */
    private static volatile Consumer<Position> readKeys;

    public static void onKeyRead(Consumer<Position> listener) {
        readKeys = listener;
    }

    public Optional<YNode> get(String key) {
        Entry e = entries.get(key);
        if (e == null) {
            return Optional.empty();
        }
        Consumer<Position> listener = readKeys;
        if (listener != null) {
            listener.accept(e.keyPosition());
        }
        return Optional.of(e.value());
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
