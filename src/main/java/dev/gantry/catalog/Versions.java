package dev.gantry.catalog;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dotted versions as catalogs and image tags write them ({@code 10.11}, {@code 8.3.14}, {@code 16}):
 * the release line a version belongs to, their order, and their major line.
 */
public final class Versions {

    /** Compares dotted versions part by part, numbers as numbers: 10.4 < 10.11 < 11.4. */
    public static final Comparator<String> ORDER = Versions::compare;

    private static final Pattern LEADING = Pattern.compile("^[0-9]+(\\.[0-9]+)*");

    private Versions() {
    }

    /** The longest of {@code lines} that {@code version} is, or starts with followed by a dot. */
    public static Optional<String> lineOf(Collection<String> lines, String version) {
        return lines.stream().filter(l -> version.equals(l) || version.startsWith(l + "."))
                .max(Comparator.comparingInt(String::length));
    }

    /** The dotted version an image tag starts with: {@code 8.3} of {@code 8.3-fpm-bookworm}. */
    public static Optional<String> leading(String tag) {
        Matcher m = LEADING.matcher(tag);
        return m.find() ? Optional.of(m.group()) : Optional.empty();
    }

    /** The first part: 10 of 10.11, 16 of 16. */
    public static String major(String version) {
        int dot = version.indexOf('.');
        return dot < 0 ? version : version.substring(0, dot);
    }

    /** How many dotted parts the version gives: 2 for 10.11, 3 for 10.11.9. */
    public static int parts(String version) {
        return version.split("\\.", -1).length;
    }

    private static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = x[i].matches("[0-9]{1,9}") && y[i].matches("[0-9]{1,9}")
                    ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i])) : x[i].compareTo(y[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }
}
