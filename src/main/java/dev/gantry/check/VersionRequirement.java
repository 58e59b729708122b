package dev.gantry.check;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code requires} pin: the Gantry versions a file needs, e.g. {@code >=0.1, <0.2}. The
 * committed output depends on the version that generated it, so any other version is an error.
 * It runs before the schema check: a file written for a newer Gantry may use keys this one does
 * not know, and the version is then the one problem worth reporting.
 *
 * <p>Constraints are separated by commas and must all hold. Operators: {@code >= <= > <}, {@code =}
 * or none (a partial version is a prefix: {@code 0.1} is any 0.1.x), {@code ~1.2} (1.2.x) and
 * {@code ^1.2} (up to the next change of the first non-zero part). Missing parts count as 0.
 */
public final class VersionRequirement {

    private static final Pattern CONSTRAINT =
            Pattern.compile("\\s*(>=|<=|>|<|=|~|\\^)?\\s*([0-9]+(?:\\.[0-9]+){0,2})\\s*");
    private static final Pattern RELEASE = Pattern.compile("([0-9]+(?:\\.[0-9]+){0,2}).*");

    private VersionRequirement() {
    }

    /** Reports an error at {@code requires} when {@code running} is outside it; false when it is. */
    public static boolean check(YNode root, String running, Diagnostics diagnostics) {
        if (!(root instanceof YMap map) || !(map.get("requires").orElse(null) instanceof YScalar pin)
                || !pin.isString()) {
            return true;
        }
        Optional<List<Constraint>> range = parse(pin.asText());
        if (range.isEmpty()) {
            return true; // malformed: the schema check reports it with the expected form
        }
        Matcher release = RELEASE.matcher(running);
        if (!release.matches()) {
            diagnostics.report(Problem.VERSION_UNKNOWN, pin.position(), running, pin.asText());
            return true;
        }
        int[] version = numbers(release.group(1));
        if (range.get().stream().allMatch(c -> c.admits(version))) {
            return true;
        }
        diagnostics.report(Problem.VERSION_PIN, pin.position(), pin.asText().strip(), running);
        return false;
    }

    static Optional<List<Constraint>> parse(String text) {
        List<Constraint> constraints = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            Matcher m = CONSTRAINT.matcher(part);
            if (!m.matches()) {
                return Optional.empty();
            }
            constraints.add(new Constraint(m.group(1) == null ? "=" : m.group(1), numbers(m.group(2))));
        }
        return Optional.of(constraints);
    }

    private static int[] numbers(String version) {
        return Arrays.stream(version.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    /** One operator and a version of one to three parts. */
    record Constraint(String operator, int[] parts) {

        boolean admits(int[] version) {
            int c = compare(version, parts);
            return switch (operator) {
                case ">=" -> c >= 0;
                case "<=" -> c <= 0;
                case ">" -> c > 0;
                case "<" -> c < 0;
                case "~" -> c >= 0 && compare(version, bump(Math.min(1, parts.length - 1))) < 0;
                case "^" -> c >= 0 && compare(version, bump(firstNonZeroOrLast())) < 0;
                default -> compare(Arrays.copyOf(version, parts.length), parts) == 0;
            };
        }

        private int firstNonZeroOrLast() {
            for (int i = 0; i < parts.length; i++) {
                if (parts[i] != 0) {
                    return i;
                }
            }
            return parts.length - 1;
        }

        /** The lowest version above every version that shares {@code parts} up to {@code index}. */
        private int[] bump(int index) {
            int[] upper = Arrays.copyOf(parts, index + 1);
            upper[index]++;
            return upper;
        }

        private static int compare(int[] a, int[] b) {
            for (int i = 0; i < Math.max(a.length, b.length); i++) {
                int x = i < a.length ? a[i] : 0;
                int y = i < b.length ? b[i] : 0;
                if (x != y) {
                    return Integer.compare(x, y);
                }
            }
            return 0;
        }
    }
}
