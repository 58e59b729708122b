package dev.gantry.util;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Human sizes ({@code 512MB}, {@code 1GB}, {@code 2GiB}) in MiB, the unit ECS and compose limits take. */
public final class Sizes {

    private static final Pattern SIZE = Pattern.compile("([0-9]+(?:\\.[0-9]+)?)\\s*([KMGT]i?B|[kmg])");

    private Sizes() {
    }

    /**
     * MiB, rounded up; a bare number is MiB already. Decimal units (MB, GB) count as their binary
     * cousins, as ECS does. A bare number may be written in any YAML 1.2 integer form the schema
     * accepts as an integer (`1024`, `0o17`, `0x400`, `1e3`), since the text is what reaches here.
     */
    public static long toMiB(String text) {
        String t = text.trim();
        if (t.chars().allMatch(Character::isDigit)) {
            return Long.parseLong(t);
        }
        if (t.startsWith("0o")) {
            return Long.parseLong(t.substring(2), 8);
        }
        if (t.startsWith("0x")) {
            return Long.parseLong(t.substring(2), 16);
        }
        if (t.matches("[0-9]+(\\.[0-9]*)?([eE][-+]?[0-9]+)?")) {
            return new BigDecimal(t).setScale(0, RoundingMode.UP).longValueExact();
        }
        Matcher m = SIZE.matcher(t);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + text);
        }
        BigDecimal amount = new BigDecimal(m.group(1));
        String unit = m.group(2).toUpperCase(Locale.ROOT).replace("I", "");
        BigDecimal mib = switch (unit.charAt(0)) {
            case 'K' -> amount.divide(BigDecimal.valueOf(1024), 6, RoundingMode.UP);
            case 'M' -> amount;
            case 'G' -> amount.multiply(BigDecimal.valueOf(1024));
            case 'T' -> amount.multiply(BigDecimal.valueOf(1024L * 1024));
            default -> throw new IllegalArgumentException("not a size: " + text);
        };
        return mib.setScale(0, RoundingMode.UP).longValueExact();
    }
}
