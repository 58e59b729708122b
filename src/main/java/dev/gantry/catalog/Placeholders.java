package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Expands {@code {name}} placeholders of catalog strings into a {@link Value}. */
public final class Placeholders {

    private Placeholders() {
    }

    /**
     * {@code texts} maps names to literal values, {@code variables} names to the variable that holds
     * them (secrets). An unknown placeholder is a bug in the catalog.
     */
    public static Value expand(String template, Map<String, String> texts, Map<String, String> variables) {
        List<Part> parts = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            String name = close > i ? template.substring(i + 1, close) : null;
            if (name != null && name.matches("[a-z_]+")) {
                if (texts.containsKey(name)) {
                    text.append(texts.get(name));
                } else if (variables.containsKey(name)) {
                    if (text.length() > 0) {
                        parts.add(new Part.Text(text.toString()));
                        text.setLength(0);
                    }
                    parts.add(new Part.Variable(variables.get(name)));
                } else {
                    throw new IllegalStateException("catalog placeholder {" + name + "} has no value in: " + template);
                }
                i = close + 1;
            } else {
                text.append(c);
                i++;
            }
        }
        if (text.length() > 0 || parts.isEmpty()) {
            parts.add(new Part.Text(text.toString()));
        }
        return new Value(parts);
    }
}
