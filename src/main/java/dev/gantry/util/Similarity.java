package dev.gantry.util;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" suggestions, by edit distance. */
public final class Similarity {

    private Similarity() {
    }

    /** The candidate closest to {@code word}, when it is close enough to be a plausible typo. */
    public static Optional<String> closest(String word, Collection<String> candidates) {
        String lower = word.toLowerCase(Locale.ROOT);
        int limit = lower.length() <= 3 ? 1 : lower.length() <= 6 ? 2 : 3;
        return candidates.stream()
                .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= limit
                        || (lower.length() >= 3 && c.toLowerCase(Locale.ROOT).startsWith(lower)))
                .min(Comparator.<String>comparingInt(c -> distance(lower, c.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()));
    }

    /** A hint for an unknown name: the likely intended one, or the list of defined ones. */
    public static String didYouMean(String word, Collection<String> candidates, String what) {
        return closest(word, candidates).map(s -> "did you mean `" + s + "`?")
                .orElse(candidates.isEmpty() ? "no " + what + " are defined"
                        : "defined " + what + ": " + String.join(", ", candidates));
    }

    /** Optimal string alignment distance: Levenshtein plus transpositions of neighbours. */
    public static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
