package dev.gantry.fuzz;

import dev.gantry.support.HostileStrings;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Seeded mutations of a valid environment file: byte noise, hostile values, and YAML structure. */
final class Mutator {

    private static final String[] TOKENS = {"&a ", "*a", "<<: *a", "!x ", "!!str ", "---\n", "? ", "- ", ": ", "{", "}",
        "[", "]", "\t", "\n", "  ", "~", "null", "yes", "0x1F", ".nan", "1e999", "\"", "'", "#", "|\n", ">-\n",
        "${X}", "$$", "\u0000", "\uFEFF", "\u2028", "\\", "%YAML 1.1\n", "{ref: a.url}", "{secret: A}", "[]", "{}"};

    private final Random random;

    Mutator(long seed) {
        random = new Random(seed);
    }

    byte[] mutate(byte[] input) {
        byte[] out = input;
        int rounds = 1 + random.nextInt(4);
        for (int i = 0; i < rounds; i++) {
            out = once(out);
        }
        return out;
    }

    private byte[] once(byte[] in) {
        if (in.length == 0) {
            return token().getBytes(StandardCharsets.UTF_8);
        }
        int at = random.nextInt(in.length);
        return switch (random.nextInt(8)) {
            case 0 -> flip(in, at);
            case 1 -> insert(in, at, token().getBytes(StandardCharsets.UTF_8));
            case 2 -> insert(in, at, hostile().getBytes(StandardCharsets.UTF_8));
            case 3 -> delete(in, at, 1 + random.nextInt(20));
            case 4 -> lines(in, true);
            case 5 -> lines(in, false);
            case 6 -> replaceValue(in);
            default -> Arrays.copyOf(in, at);
        };
    }

    private String token() {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    private String hostile() {
        List<String> pool = HostileStrings.FIXED;
        return pool.get(random.nextInt(pool.size()));
    }

    private static byte[] flip(byte[] in, int at) {
        byte[] out = in.clone();
        out[at] = (byte) (out[at] ^ (1 << (at % 8)));
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] what) {
        byte[] out = new byte[in.length + what.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(in, at, out, at + what.length, in.length - at);
        return out;
    }

    private static byte[] delete(byte[] in, int at, int length) {
        int end = Math.min(in.length, at + length);
        byte[] out = new byte[in.length - (end - at)];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, end, out, at, in.length - end);
        return out;
    }

    /** Swaps two lines, or shifts one line's indentation. */
    private byte[] lines(byte[] in, boolean swap) {
        List<String> lines = new ArrayList<>(List.of(new String(in, StandardCharsets.UTF_8).split("\n", -1)));
        int a = random.nextInt(lines.size());
        if (swap) {
            int b = random.nextInt(lines.size());
            String t = lines.get(a);
            lines.set(a, lines.get(b));
            lines.set(b, t);
        } else {
            lines.set(a, random.nextBoolean() ? "  " + lines.get(a) : lines.get(a).replaceFirst("^ {1,2}", ""));
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces the value after a `key: ` with a hostile string, plain or quoted. */
    private byte[] replaceValue(byte[] in) {
        String text = new String(in, StandardCharsets.UTF_8);
        List<Integer> colons = new ArrayList<>();
        for (int i = text.indexOf(": "); i >= 0; i = text.indexOf(": ", i + 1)) {
            colons.add(i);
        }
        if (colons.isEmpty()) {
            return in;
        }
        int start = colons.get(random.nextInt(colons.size())) + 2;
        int end = text.indexOf('\n', start);
        end = end < 0 ? text.length() : end;
        String value = hostile();
        String written = random.nextBoolean() ? value : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"")
                .replace("\n", "\\n") + "\"";
        return (text.substring(0, start) + written + text.substring(end)).getBytes(StandardCharsets.UTF_8);
    }
}
