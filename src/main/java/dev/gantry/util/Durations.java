package dev.gantry.util;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as environment.yaml writes them ({@code 10s}, {@code 1m30s}, {@code 500ms}), as compose reads them. */
public final class Durations {

    private static final Pattern PART = Pattern.compile("([0-9]+)(ms|s|m|h)");

    private Durations() {
    }

    /** The duration in milliseconds; the schema has checked its form. */
    public static long millis(String duration) {
        long millis = 0;
        Matcher m = PART.matcher(duration);
        while (m.find()) {
            long n = Long.parseLong(m.group(1));
            millis += switch (m.group(2)) {
                case "ms" -> n;
                case "s" -> n * 1000;
                case "m" -> n * 60_000;
                default -> n * 3_600_000;
            };
        }
        return millis;
    }

    /** Whole seconds, rounded up. */
    public static long seconds(String duration) {
        return (millis(duration) + 999) / 1000;
    }
}
