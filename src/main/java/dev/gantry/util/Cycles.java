package dev.gantry.util;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Cycles where each name leads to at most one other (an image's {@code from}, an environment's
 * {@code extends}), and how an error message shows one.
 */
public final class Cycles {

    /** Names shown of a long cycle, at each end. */
    private static final int SHOWN = 4;

    private Cycles() {
    }

    /**
     * Every cycle among {@code names} (in file order), found in one walk from each name not yet seen, so
     * in time linear in the names however long the chains: each cycle as its names from the first of
     * them in file order, with that one again at the end. A walk stops at a name not in {@code names}.
     */
    public static List<List<String>> of(Collection<String> names, Function<String, Optional<String>> next) {
        Map<String, Integer> order = new HashMap<>();
        names.forEach(name -> order.put(name, order.size()));
        Map<String, Integer> walkOf = new HashMap<>();
        List<List<String>> cycles = new ArrayList<>();
        for (String start : names) {
            int walk = order.get(start);
            List<String> path = new ArrayList<>();
            String current = start;
            while (current != null && order.containsKey(current) && !walkOf.containsKey(current)) {
                walkOf.put(current, walk);
                path.add(current);
                current = next.apply(current).orElse(null);
            }
            if (current != null && Integer.valueOf(walk).equals(walkOf.get(current))) {
                List<String> cycle = path.subList(path.indexOf(current), path.size());
                int first = 0;
                for (int i = 1; i < cycle.size(); i++) {
                    first = order.get(cycle.get(i)) < order.get(cycle.get(first)) ? i : first;
                }
                List<String> closed = new ArrayList<>(cycle.subList(first, cycle.size()));
                closed.addAll(cycle.subList(0, first));
                closed.add(closed.get(0));
                cycles.add(closed);
            }
        }
        return cycles;
    }

    /** {@code a -> b -> c -> a}: {@code path} starts and ends with the same name; a long one shows its ends. */
    public static String describe(List<String> path) {
        if (path.size() <= 2 * SHOWN + 2) {
            return String.join(" -> ", path);
        }
        return String.join(" -> ", path.subList(0, SHOWN)) + " -> ... -> "
                + String.join(" -> ", path.subList(path.size() - SHOWN, path.size()))
                + " (" + (path.size() - 1) + " in the cycle)";
    }
}
