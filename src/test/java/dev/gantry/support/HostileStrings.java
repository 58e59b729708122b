package dev.gantry.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Strings that break naive quoting, and seeded random ones built from their pieces. */
public final class HostileStrings {

    /** Values YAML 1.1 readers, shells, compose or Docker would read as something else if written plainly. */
    public static final List<String> FIXED = List.of(
            "yes", "no", "on", "off", "y", "n", "Y", "NO", "true", "False", "~", "null", "NULL", "",
            "0755", "0o17", "0x1F", "22:22", "1:30:00", "1.10", "1e3", ".inf", "-.inf", ".nan", "2001-12-14",
            "2001-12-14t21:59:43.10-05:00", "$", "$$", "${HOME}", "$HOME", "${HOME:-x}", "$(id)", "`id`",
            "'", "\"", "'\"", "\\", "\\n", "a\nb", "a\r\nb", "\ttab", "trailing ", " leading", "#comment",
            "a #b", "key: value", "- item", "[a, b]", "{a: b}", "&anchor", "*alias", "!tag", "%percent",
            "@at", "|", ">", "?", ":", "-", "---", "...", "é", "日本語", "🚀", "a\u2028b", "a\u0085b",
            "\u00a0nbsp", "\ufeffbom", "x\u0001y", "semi;colon", "a && b", "a|b", "*", "~/path", "=");

    private static final String[] PIECES = {"$", "{", "}", "'", "\"", "\\", "\n", "\t", " ", ":", "#", "-", "`",
        "(", ")", ";", "&", "|", "yes", "no", "0", "7", "é", "🚀", "\u2028", "%", "!", "*", "[", "]", ",", "a", "Z"};

    private HostileStrings() {
    }

    /** {@code count} random strings from a fixed seed, so a failure reproduces. */
    public static List<String> random(long seed, int count) {
        Random random = new Random(seed);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(8);
            for (int j = 0; j < length; j++) {
                s.append(PIECES[random.nextInt(PIECES.length)]);
            }
            out.add(s.toString());
        }
        return out;
    }
}
