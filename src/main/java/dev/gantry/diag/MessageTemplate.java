package dev.gantry.diag;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A message or hint of the catalogue: text with named placeholders, {@code {service}}. A
 * placeholder is a brace, a lower-case letter and letters or digits, and a brace; every other
 * brace is literal, so YAML flow examples ({@code {container: true}}) need no escaping. Values are
 * put in as their {@code toString()}, never through {@link java.text.MessageFormat}, which would
 * drop apostrophes and format numbers by the locale.
 */
record MessageTemplate(String text, List<String> placeholders) {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][A-Za-z0-9]*)}");

    static MessageTemplate of(String text) {
        List<String> names = new ArrayList<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            if (!names.contains(m.group(1))) {
                names.add(m.group(1));
            }
        }
        return new MessageTemplate(text, List.copyOf(names));
    }

    /** The text with each placeholder replaced by its value; null when a value is null. */
    String render(Map<String, Object> values) {
        StringBuilder out = new StringBuilder(text.length() + 32);
        Matcher m = PLACEHOLDER.matcher(text);
        int last = 0;
        while (m.find()) {
            Object value = values.get(m.group(1));
            if (value == null) {
                return null;
            }
            out.append(text, last, m.start()).append(value);
            last = m.end();
        }
        return out.append(text, last, text.length()).toString();
    }
}
