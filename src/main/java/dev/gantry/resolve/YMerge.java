package dev.gantry.resolve;

import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Overlays one mapping on another: mappings merge key by key, anything else (lists, scalars) is
 * replaced. Every value keeps the position of the file place it came from.
 */
public final class YMerge {

    private YMerge() {
    }

    public static YMap overlay(YMap base, YMap over) {
        Map<String, YMap.Entry> merged = new LinkedHashMap<>(base.entries());
        over.entries().forEach((key, entry) -> {
            YMap.Entry existing = merged.get(key);
            YNode value = entry.value();
            if (existing != null && existing.value() instanceof YMap a && value instanceof YMap b) {
                value = overlay(a, b);
            }
            merged.put(key, new YMap.Entry(key, entry.keyPosition(), value));
        });
        return new YMap(merged, over.position());
    }
}
