package dev.gantry.conformance;

import java.util.Locale;

/** Elapsed time for the timings the slow tests print. */
final class Timing {

    private Timing() {
    }

    /** The time since {@code startNanos} (a {@link System#nanoTime()}), as {@code 12.3 s}. */
    static String since(long startNanos) {
        return String.format(Locale.ROOT, "%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }
}
