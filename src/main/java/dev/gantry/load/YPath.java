package dev.gantry.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Walks a {@link YNode} tree along a path of keys and list indexes. */
public final class YPath {

    private YPath() {
    }

    /** The node at {@code path}, where each element is a String key or an Integer index. */
    public static Optional<YNode> find(YNode root, List<Object> path) {
        YNode node = root;
        for (Object step : path) {
            if (node instanceof YMap map && step instanceof String key) {
                Optional<YNode> next = map.get(key);
                if (next.isEmpty()) {
                    return Optional.empty();
                }
                node = next.get();
            } else if (node instanceof YSeq seq && step instanceof Integer index && index < seq.items().size()) {
                node = seq.items().get(index);
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(node);
    }

    /** The path as a user reads it: {@code services.app.ports[0]}. */
    public static String display(List<Object> path) {
        StringBuilder out = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(step);
            }
        }
        return out.length() == 0 ? "the top level" : out.toString();
    }

    public static List<Object> child(List<Object> path, Object step) {
        List<Object> next = new ArrayList<>(path);
        next.add(step);
        return next;
    }
}
