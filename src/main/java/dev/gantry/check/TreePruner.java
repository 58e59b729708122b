package dev.gantry.check;

import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YSeq;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A YAML tree without some of its values, each given by its path of keys and list indexes; the rest is shared. */
final class TreePruner {

    /** The paths below one node: a step leads to the paths below that child, or to null when the child goes. */
    private static final class Paths {
        final Map<Object, Paths> below = new HashMap<>();
    }

    private TreePruner() {
    }

    static YNode without(YNode root, Collection<List<Object>> paths) {
        Paths all = new Paths();
        for (List<Object> path : paths) {
            Paths at = all;
            for (int i = 0; i < path.size() && at != null; i++) {
                Object step = path.get(i);
                if (i == path.size() - 1) {
                    at.below.put(step, null);
                } else if (!at.below.containsKey(step) || at.below.get(step) != null) {
                    at = at.below.computeIfAbsent(step, s -> new Paths());
                } else {
                    at = null; // an ancestor goes already
                }
            }
        }
        return without(root, all);
    }

    private static YNode without(YNode node, Paths paths) {
        if (paths.below.isEmpty()) {
            return node;
        }
        if (node instanceof YMap map) {
            Map<String, YMap.Entry> entries = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> {
                if (!paths.below.containsKey(key)) {
                    entries.put(key, entry);
                } else if (paths.below.get(key) != null) {
                    entries.put(key, new YMap.Entry(key, entry.keyPosition(),
                            without(entry.value(), paths.below.get(key))));
                }
            });
            return new YMap(entries, map.position());
        }
        if (node instanceof YSeq seq) {
            List<YNode> items = new ArrayList<>();
            for (int i = 0; i < seq.items().size(); i++) {
                if (!paths.below.containsKey(i)) {
                    items.add(seq.items().get(i));
                } else if (paths.below.get(i) != null) {
                    items.add(without(seq.items().get(i), paths.below.get(i)));
                }
            }
            return new YSeq(items, seq.position());
        }
        return node;
    }
}
