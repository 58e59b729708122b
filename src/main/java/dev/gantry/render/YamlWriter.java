package dev.gantry.render;

import java.util.Iterator;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link Doc} as block-style YAML, two spaces an indent, so that each changed value is
 * one line of a diff: strings through {@code string} (the format's own quoting), keys plain where
 * every YAML reader takes them as strings, an empty mapping as {@code {}}.
 */
public final class YamlWriter {

    private final Quote quote = new Quote();
    private final Function<String, String> string;
    private final Function<Doc.Interpolated, String> interpolated;

    public YamlWriter(Function<String, String> string, Function<Doc.Interpolated, String> interpolated) {
        this.string = string;
        this.interpolated = interpolated;
    }

    /** The entries of {@code root} at the top level, each line ending in a line break. */
    public String write(Doc.Mapping root) {
        StringBuilder out = new StringBuilder();
        entries(root, 0, out);
        return out.toString();
    }

    private void entries(Doc.Mapping map, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        for (String comment : map.comments()) {
            out.append(pad).append("# ").append(quote.comment(comment)).append('\n');
        }
        Iterator<Map.Entry<String, Doc>> it = map.entries().entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Doc> entry = it.next();
            out.append(pad).append(quote.key(entry.getKey())).append(':');
            value(entry.getValue(), indent, out);
            if (map.isSpaced() && it.hasNext()) {
                out.append('\n');
            }
        }
    }

    /** The value of a key at {@code indent}, starting right after its colon. */
    private void value(Doc value, int indent, StringBuilder out) {
        if (value instanceof Doc.Mapping map) {
            if (map.isEmpty() && map.comments().isEmpty()) {
                out.append(" {}\n");
            } else {
                out.append('\n');
                entries(map, indent + 2, out);
            }
        } else if (value instanceof Doc.Sequence seq) {
            if (seq.items().isEmpty()) {
                out.append(" []\n");
                return;
            }
            out.append('\n');
            for (Doc item : seq.items()) {
                item(item, indent + 2, out);
            }
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private void item(Doc item, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (item instanceof Doc.Mapping map && !map.isEmpty()) {
            StringBuilder nested = new StringBuilder();
            entries(map, indent + 2, nested);
            out.append(pad).append("- ").append(nested.substring(indent + 2));
        } else if (item instanceof Doc.Sequence || item instanceof Doc.Mapping) {
            StringBuilder nested = new StringBuilder();
            value(item, indent, nested);
            out.append(pad).append('-').append(nested);
        } else {
            out.append(pad).append("- ").append(scalar(item)).append('\n');
        }
    }

    private String scalar(Doc value) {
        if (value instanceof Doc.Text text) {
            return string.apply(text.value());
        }
        if (value instanceof Doc.Plain plain) {
            return plain.text();
        }
        return interpolated.apply((Doc.Interpolated) value);
    }
}
