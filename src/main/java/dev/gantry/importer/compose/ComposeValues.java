package dev.gantry.importer.compose;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations, sizes and CPU counts as compose reads them, in one form each so that two files compare. */
public final class ComposeValues {

    private static final Pattern DURATION_PART = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)(ns|us|µs|ms|s|m|h)");
    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([kmgt]?)(i?b)?",
            Pattern.CASE_INSENSITIVE);

    private ComposeValues() {
    }

    /** A duration in milliseconds, when the text is one ({@code 1m30s}, {@code 500ms}). */
    public static Optional<Long> millis(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = DURATION_PART.matcher(t);
        int at = 0;
        double total = 0;
        while (m.find() && m.start() == at) {
            double n = Double.parseDouble(m.group(1));
            total += n * switch (m.group(2)) {
                case "ns" -> 1e-6;
                case "us", "µs" -> 1e-3;
                case "ms" -> 1;
                case "s" -> 1000;
                case "m" -> 60_000;
                default -> 3_600_000;
            };
            at = m.end();
        }
        return at == t.length() ? Optional.of(Math.round(total)) : Optional.empty();
    }

    /** A duration as people write it: {@code 90s} is {@code 1m30s}, {@code 500ms} stays. */
    public static String duration(String text) {
        return millis(text).map(ms -> ms % 1000 == 0 ? (ms / 1000) + "s" : ms + "ms").orElse(text);
    }

    /** A size in bytes: {@code 512m}, {@code 512M}, {@code 1g}, {@code 1GB} (binary units, as compose reads them). */
    public static Optional<Long> bytes(String text) {
        Matcher m = SIZE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        long unit = switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "k" -> 1024L;
            case "m" -> 1024L * 1024;
            case "g" -> 1024L * 1024 * 1024;
            case "t" -> 1024L * 1024 * 1024 * 1024;
            default -> 1L;
        };
        return Optional.of(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)).longValue());
    }

    /** CPUs as a plain decimal: {@code 0.50} is {@code 0.5}. */
    public static String cpus(String text) {
        try {
            return new BigDecimal(text.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
