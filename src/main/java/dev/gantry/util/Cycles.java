package dev.gantry.util;

import java.util.List;

/** A cycle of names as an error message shows it: whole when it is short, its ends when it is long. */
public final class Cycles {

    /** Names shown of a long cycle, at each end. */
    private static final int SHOWN = 4;

    private Cycles() {
    }

    /** {@code a -> b -> c -> a}: {@code path} starts and ends with the same name. */
    public static String describe(List<String> path) {
        if (path.size() <= 2 * SHOWN + 2) {
            return String.join(" -> ", path);
        }
        return String.join(" -> ", path.subList(0, SHOWN)) + " -> ... -> "
                + String.join(" -> ", path.subList(path.size() - SHOWN, path.size()))
                + " (" + (path.size() - 1) + " in the cycle)";
    }
}
