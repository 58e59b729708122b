package dev.gantry.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Lists in messages read as English: "a", "a and b", "a, b and c". */
public final class Phrases {

    private Phrases() {
    }

    public static String and(Collection<String> items) {
        List<String> list = new ArrayList<>(items);
        if (list.size() < 2) {
            return String.join("", list);
        }
        return String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1);
    }

    /** Each item in backticks: "`a` and `b`". */
    public static String codes(Collection<String> items) {
        return and(items.stream().map(i -> "`" + i + "`").toList());
    }
}
