package dev.gantry.render;

import dev.gantry.util.Json;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Quoting for every format Gantry writes, exposed to templates as {@code q}. A value from
 * environment.yaml never reaches an artifact except through one of these.
 */
public final class Quote {

    /**
     * A bash word in single quotes: {@code it's} becomes {@code 'it'\''s'}. A carriage return is
     * written {@code $'\r'} between the quoted parts, since rendering normalises line ends.
     */
    public String sh(String value) {
        return "'" + value.replace("'", "'\\''").replace("\r", "'$'\\r''") + "'";
    }

    /** A JSON string literal. */
    public String json(String value) {
        return Json.quote(value);
    }

    /** A JSON array of strings on one line, as Dockerfile exec form needs. */
    public String jsonArray(List<String> values) {
        return values.stream().map(Json::quote).collect(Collectors.joining(", ", "[", "]"));
    }

    /**
     * A YAML double-quoted scalar that YAML 1.1 and 1.2 readers both read as exactly this string:
     * every character outside YAML's printable set, and the ones YAML 1.1 treats as line breaks,
     * is escaped.
     */
    public String yaml(String value) {
        StringBuilder out = new StringBuilder(value.length() + 2).append('"');
        value.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (isYamlPrintable(c)) {
                        out.appendCodePoint(c);
                    } else if (c <= 0xFFFF) {
                        out.append(String.format("\\u%04X", c));
                    } else {
                        out.append(String.format("\\U%08X", c));
                    }
                }
            }
        });
        return out.append('"').toString();
    }

    /**
     * Text for the rest of a {@code #} comment line. YAML 1.1 readers end a comment at U+0085, U+2028
     * and U+2029 as at a line break, so these, and every character YAML cannot hold, are written as
     * {@code \\uXXXX} instead: nothing a user wrote can end the comment and become YAML.
     */
    public String comment(String value) {
        StringBuilder out = new StringBuilder(value.length());
        value.codePoints().forEach(c -> {
            if (isYamlPrintable(c)) {
                out.appendCodePoint(c);
            } else {
                out.append(c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%08X", c));
            }
        });
        return out.toString();
    }

    /**
     * A mapping key: plain when every YAML reader takes it as that string, else double-quoted.
     * YAML 1.1 readers (PyYAML, docker-compose 1.x) turn plain {@code on}, {@code no}, {@code y}
     * or {@code null} into booleans and nulls, so those are quoted.
     */
    public String key(String value) {
        boolean plain = value.matches("[A-Za-z_][A-Za-z0-9_.-]*")
                && !YAML11_WORDS.contains(value.toLowerCase(java.util.Locale.ROOT));
        return plain ? value : yaml(value);
    }

    private static final java.util.Set<String> YAML11_WORDS = java.util.Set.of("y", "n", "yes", "no", "on", "off",
            "true", "false", "null");

    /** A YAML string for a compose file, where {@code $} starts an interpolation unless doubled. */
    public String compose(String value) {
        return yaml(value.replace("$", "$$"));
    }

    /** A Dockerfile double-quoted word (ENV, LABEL, ARG values): backslash, quote and $ escaped. */
    public String docker(String value) {
        if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("a Dockerfile value cannot hold a line break");
        }
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"").replace("$", "\\$") + "\"";
    }

    private static boolean isYamlPrintable(int c) {
        return (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029)
                || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF);
    }
}
