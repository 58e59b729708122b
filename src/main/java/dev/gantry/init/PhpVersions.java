package dev.gantry.init;

import java.util.Comparator;
import java.util.List;

/** The PHP versions init offers, compared as versions ("8.10" after "8.9"). */
public final class PhpVersions {

    private static final Comparator<String> ORDER = Comparator.comparingInt((String v) -> part(v, 0))
            .thenComparingInt(v -> part(v, 1));

    private PhpVersions() {
    }

    public static boolean atLeast(String version, String lowest) {
        return ORDER.compare(version, lowest) >= 0;
    }

    public static String higher(String a, String b) {
        return ORDER.compare(a, b) >= 0 ? a : b;
    }

    /** The versions init offers from {@code lowest} on. */
    public static Answers from(String lowest) {
        List<String> versions = InitChoices.PHP_VERSIONS.words().stream().filter(v -> atLeast(v, lowest)).toList();
        return new Answers(versions, List.of());
    }

    private static int part(String version, int index) {
        return Integer.parseInt(version.split("\\.")[index]);
    }
}
