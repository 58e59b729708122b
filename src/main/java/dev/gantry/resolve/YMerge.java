package dev.gantry.resolve;

import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Overlays one mapping on another: mappings merge key by key, anything else (lists, scalars) is
 * replaced. Every value keeps the position of the file place it came from. The entries of an
 * {@code env} mapping are each one value: an override replaces a variable whole, so
 * {@code {ref: db.url}} over {@code {secret: DB_URL}} is the reference, not a mix of the two.
 */
public final class YMerge {

    /** Keys whose mapping's entries are replaced whole, never merged. */
    private static final Set<String> ATOMIC_ENTRIES = Set.of("env");

    private YMerge() {
    }

    public static YMap overlay(YMap base, YMap over) {
        return overlay(base, over, false);
    }

    /** {@code over}'s entries laid over {@code base}'s, each replaced whole: how an {@code env} mapping merges. */
    public static YMap overlayEntries(YMap base, YMap over) {
        return overlay(base, over, true);
    }

    private static YMap overlay(YMap base, YMap over, boolean atomicEntries) {
        Map<String, YMap.Entry> merged = new LinkedHashMap<>(base.entries());
        over.entries().forEach((key, entry) -> {
            YMap.Entry existing = merged.get(key);
            YNode value = entry.value();
            if (!atomicEntries && existing != null && existing.value() instanceof YMap a && value instanceof YMap b) {
                value = overlay(a, b, ATOMIC_ENTRIES.contains(key));
            }
            merged.put(key, new YMap.Entry(key, entry.keyPosition(), value));
        });
        return new YMap(merged, over.position());
    }
}
