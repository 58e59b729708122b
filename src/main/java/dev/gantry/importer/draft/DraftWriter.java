package dev.gantry.importer.draft;

import dev.gantry.render.Quote;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a draft as YAML a person would write: block mappings indented by two, short lists of
 * scalars and mappings marked flow on one line, comments above keys and after values. Every string
 * is plain only where YAML 1.2 and YAML 1.1 readers both take it as that same string; otherwise it
 * is double-quoted (or, when it spans lines and a literal block holds it exactly, a {@code |} block).
 */
public final class DraftWriter {

    private static final int WIDTH = 110;
    private static final Quote QUOTE = new Quote();
    private static final Set<String> YAML11_WORDS = Set.of("y", "n", "yes", "no", "on", "off", "true", "false",
            "null", "~", "=", "<<");
    private static final Pattern NUMBER_LIKE = Pattern.compile(
            "[-+]?(\\.[0-9_]+|[0-9][0-9_]*(\\.[0-9_]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|nan)|0x[0-9a-fA-F_]+|0o[0-7]+"
                    + "|0b[01_]+|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\\.[0-9_]*)?|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}([Tt ].*)?",
            Pattern.CASE_INSENSITIVE);

    private final StringBuilder out = new StringBuilder();

    private DraftWriter() {
    }

    /** The document: {@code header} lines as comments, a blank line, then the mapping, top-level keys apart. */
    public static String write(List<String> header, DraftMap root) {
        DraftWriter writer = new DraftWriter();
        header.forEach(line -> writer.comment(0, line));
        boolean first = true;
        for (String key : root.keys()) {
            if (!first || !header.isEmpty()) {
                writer.out.append('\n');
            }
            first = false;
            writer.entry(0, root, key);
        }
        return writer.out.toString();
    }

    private void comment(int indent, String text) {
        for (String line : text.split("\n", -1)) {
            for (String part : wrap(QUOTE.comment(line), WIDTH - indent - 2)) {
                out.append(" ".repeat(indent)).append(part.isEmpty() ? "#" : "# " + part).append('\n');
            }
        }
    }

    /** A comment line cut at blanks into lines of at most {@code width}, continued lines indented. */
    static List<String> wrap(String line, int width) {
        List<String> out = new java.util.ArrayList<>();
        String rest = line;
        String indent = "";
        while (indent.length() + rest.length() > width) {
            int cut = rest.lastIndexOf(' ', width - indent.length());
            if (cut <= 0) {
                break;
            }
            out.add(indent + rest.substring(0, cut));
            rest = rest.substring(cut + 1);
            indent = "  ";
        }
        out.add(indent + rest);
        return out;
    }

    private void entry(int indent, DraftMap map, String key) {
        map.above(key).forEach(c -> comment(indent, c));
        Draft value = map.get(key).orElseThrow();
        String after = map.afterOf(key).map(c -> "  # " + QUOTE.comment(c)).orElse("");
        String head = " ".repeat(indent) + key(key) + ":";
        value(indent, head, value, after);
    }

    /** A value after {@code head} (a key and colon, or a list dash): inline when it fits, else as a block below. */
    private void value(int indent, String head, Draft value, String after) {
        String inline = inline(value, head.length() + 1 + after.length());
        if (inline != null) {
            out.append(head).append(' ').append(inline).append(after).append('\n');
            return;
        }
        if (value instanceof DraftScalar scalar) {
            String text = (String) scalar.value();
            out.append(head).append(' ').append(blockIndicator(text)).append(after).append('\n');
            String body = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
            for (String line : body.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : " ".repeat(indent + 2) + line).append('\n');
            }
            return;
        }
        out.append(head).append(after).append('\n');
        if (value instanceof DraftMap map) {
            for (String key : map.keys()) {
                entry(indent + 2, map, key);
            }
        } else {
            DraftList list = (DraftList) value;
            for (int i = 0; i < list.items().size(); i++) {
                list.commentsOf(i).forEach(c -> comment(indent + 2, c));
                item(indent + 2, list.items().get(i));
            }
        }
    }

    /** A list item: a mapping's first key on the dash's line, its others below it. */
    private void item(int indent, Draft item) {
        String dash = " ".repeat(indent) + "-";
        if (item instanceof DraftMap map && !map.isEmpty() && inline(map, dash.length() + 1) == null) {
            DraftWriter body = new DraftWriter();
            for (String key : map.keys()) {
                body.entry(indent + 2, map, key);
            }
            String text = body.out.toString();
            if (map.above(map.keys().get(0)).isEmpty()) {
                out.append(dash).append(' ').append(text.substring(indent + 2));
            } else {
                out.append(dash).append('\n').append(text);
            }
            return;
        }
        value(indent, dash, item, "");
    }

    /** The value on one line, or null when it needs a block. */
    private static String inline(Draft value, int used) {
        if (value instanceof DraftScalar scalar) {
            return scalar(scalar.value(), false);
        }
        if (value instanceof DraftList list) {
            if (list.isEmpty()) {
                return "[]";
            }
            if (list.items().stream().allMatch(DraftScalar.class::isInstance)
                    && list.items().stream().allMatch(i -> ((DraftScalar) i).value() == null
                            || !(((DraftScalar) i).value() instanceof String s) || s.indexOf('\n') < 0)
                    && hasNoComments(list)) {
                StringBuilder line = new StringBuilder("[");
                for (Draft item : list.items()) {
                    line.append(line.length() > 1 ? ", " : "").append(scalar(((DraftScalar) item).value(), true));
                }
                String text = line.append(']').toString();
                return used + text.length() <= WIDTH ? text : null;
            }
            return null;
        }
        DraftMap map = (DraftMap) value;
        if (map.isEmpty()) {
            return "{}";
        }
        if (!map.isFlow()) {
            return null;
        }
        StringBuilder line = new StringBuilder("{");
        for (String key : map.keys()) {
            Draft v = map.get(key).orElseThrow();
            if (!map.above(key).isEmpty() || map.afterOf(key).isPresent()) {
                return null;
            }
            String text = v instanceof DraftScalar s && !(s.value() instanceof String str && str.indexOf('\n') >= 0)
                    ? scalar(s.value(), true) : inlineFlow(v);
            if (text == null) {
                return null;
            }
            line.append(line.length() > 1 ? ", " : "").append(key(key)).append(": ").append(text);
        }
        String text = line.append('}').toString();
        return used + text.length() <= WIDTH ? text : null;
    }

    /** A nested flow value inside a flow mapping: a list of scalars only. */
    private static String inlineFlow(Draft value) {
        if (value instanceof DraftList list && hasNoComments(list)
                && list.items().stream().allMatch(i -> i instanceof DraftScalar s
                        && !(s.value() instanceof String str && str.indexOf('\n') >= 0))) {
            StringBuilder line = new StringBuilder("[");
            for (Draft item : list.items()) {
                line.append(line.length() > 1 ? ", " : "").append(scalar(((DraftScalar) item).value(), true));
            }
            return line.append(']').toString();
        }
        return null;
    }

    private static boolean hasNoComments(DraftList list) {
        for (int i = 0; i < list.items().size(); i++) {
            if (!list.commentsOf(i).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    /** A scalar on one line; null for a string that a literal block writes better (several lines). */
    static String scalar(Object value, boolean inFlow) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean b) {
            return b.toString();
        }
        if (value instanceof Long || value instanceof Integer) {
            return value.toString();
        }
        if (value instanceof Double d) {
            String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
            return text;
        }
        String text = (String) value;
        if (text.indexOf('\n') >= 0 && !inFlow && literalBlockHolds(text)) {
            return null;
        }
        return plainSafe(text, inFlow) ? text : QUOTE.yaml(text);
    }

    /** A mapping key: plain where every YAML reader takes it as that string. */
    static String key(String key) {
        return QUOTE.key(key);
    }

    /**
     * Whether a plain scalar reads back as exactly {@code text} under YAML 1.2 and YAML 1.1: no
     * indicator at its start, no {@code ": "} or {@code " #"}, nothing a resolver types as a number,
     * a boolean, null or a date, only printable characters.
     */
    static boolean plainSafe(String text, boolean inFlow) {
        if (text.isEmpty() || !text.equals(text.strip()) || text.endsWith(":")) {
            return false;
        }
        char first = text.charAt(0);
        if ("?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0 || (first == '-' && (text.length() == 1
                || text.charAt(1) == ' ' || text.startsWith("---")))) {
            return false;
        }
        if (text.contains(": ") || text.contains(" #") || text.contains("\t")) {
            return false;
        }
        if (inFlow && text.chars().anyMatch(c -> ",[]{}".indexOf(c) >= 0)) {
            return false;
        }
        if (YAML11_WORDS.contains(text.toLowerCase(Locale.ROOT)) || NUMBER_LIKE.matcher(text).matches()
                || text.matches("[0-9.:]+(/[a-z]+)?")) {
            return false;
        }
        return text.codePoints().allMatch(c -> (c >= 0x20 && c <= 0x7E) || (c >= 0xA0 && c <= 0xD7FF
                && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF)
                || (c >= 0x10000 && c <= 0x10FFFF));
    }

    /**
     * Whether a literal block ({@code |}) reads back as {@code text}: printable characters and tabs
     * only, no carriage return, a first line that does not start with a blank (its indentation would
     * be taken as the block's), no line of blanks alone, and at most one final line break.
     */
    static boolean literalBlockHolds(String text) {
        if (text.startsWith(" ") || text.startsWith("\t") || text.startsWith("\n") || text.endsWith("\n\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && line.isBlank()) {
                return false;
            }
        }
        return text.codePoints().allMatch(c -> c == '\n' || c == '\t' || (c >= 0x20 && c <= 0x7E)
                || (c >= 0xA0 && c <= 0xD7FF && c != 0x2028 && c != 0x2029) || (c >= 0xE000 && c <= 0xFFFD
                        && c != 0xFEFF) || (c >= 0x10000 && c <= 0x10FFFF));
    }

    private static String blockIndicator(String text) {
        return text.endsWith("\n") ? "|" : "|-";
    }
}
