package dev.gantry.emit.summary;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The {@code key=value} pairs of an ENV, LABEL or ARG instruction, as Docker reads them: keys and
 * values plain or quoted (double quotes with backslash escapes, or single quotes), several pairs to
 * a line; the legacy {@code ENV KEY value} form; an ARG without a default.
 */
final class KeyValues {

    private final String text;
    private int at;

    private KeyValues(String text) {
        this.text = text;
    }

    static Map<String, String> parse(String args) {
        return new KeyValues(args).pairs();
    }

    private Map<String, String> pairs() {
        Map<String, String> out = new LinkedHashMap<>();
        skipSpaces();
        if (!text.contains("=")) {
            int space = text.indexOf(' ');
            out.put(space < 0 ? text : text.substring(0, space), space < 0 ? "" : text.substring(space + 1).strip());
            return out;
        }
        while (at < text.length()) {
            String key = word('=');
            String value = at < text.length() && text.charAt(at) == '=' ? word(' ', 1) : "";
            out.put(key, value);
            skipSpaces();
        }
        return out;
    }

    private String word(char stop) {
        return word(stop, 0);
    }

    /** A plain or quoted word from {@code skip} characters ahead, up to {@code stop} or a space. */
    private String word(char stop, int skip) {
        at += skip;
        StringBuilder out = new StringBuilder();
        while (at < text.length() && text.charAt(at) != stop && !Character.isWhitespace(text.charAt(at))) {
            char c = text.charAt(at++);
            if (c == '"') {
                while (at < text.length() && text.charAt(at) != '"') {
                    char d = text.charAt(at++);
                    out.append(d == '\\' && at < text.length() ? text.charAt(at++) : d);
                }
                at++;
            } else if (c == '\'') {
                int end = text.indexOf('\'', at);
                end = end < 0 ? text.length() : end;
                out.append(text, at, end);
                at = end + 1;
            } else {
                out.append(c == '\\' && at < text.length() ? text.charAt(at++) : c);
            }
        }
        return out.toString();
    }

    private void skipSpaces() {
        while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
            at++;
        }
    }
}
