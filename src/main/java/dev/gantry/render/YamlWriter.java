package dev.gantry.render;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Writes a {@link Doc} as block-style YAML, two spaces an indent, so that each changed value is
 * one line of a diff: strings through {@code string} (the format's own quoting), keys plain where
 * every YAML reader takes them as strings, an empty mapping as {@code {}}, a tagged node with its
 * tag before the value.
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

    /** The items of {@code root} at the top level, each line ending in a line break. */
    public String write(Doc.Sequence root) {
        StringBuilder out = new StringBuilder();
        items(root, 0, out);
        return out.toString();
    }

    private void entries(Doc.Mapping map, int indent, StringBuilder out) {
        comments(map, indent, out);
        body(map, indent, out);
    }

    /** The entries of {@code map} without its comments. */
    private void body(Doc.Mapping map, int indent, StringBuilder out) {
        Iterator<Map.Entry<String, Doc>> it = map.entries().entrySet().iterator();
        while (it.hasNext()) {
            Map.Entry<String, Doc> entry = it.next();
            out.append(" ".repeat(indent)).append(quote.key(entry.getKey())).append(':');
            value(entry.getValue(), indent, out);
            if (map.isSpaced() && it.hasNext()) {
                out.append('\n');
            }
        }
    }

    private void comments(Doc.Mapping map, int indent, StringBuilder out) {
        for (String comment : map.comments()) {
            out.append(" ".repeat(indent)).append("# ").append(quote.comment(comment)).append('\n');
        }
    }

    /** The value of a key at {@code indent}, starting right after its colon (or its dash). */
    private void value(Doc value, int indent, StringBuilder out) {
        if (value instanceof Doc.Tagged tagged) {
            out.append(' ').append(tagged.tag());
            value(tagged.value(), indent, out);
        } else if (value instanceof Doc.Mapping map) {
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
            items(seq, indent + 2, out);
        } else {
            out.append(' ').append(scalar(value)).append('\n');
        }
    }

    private void items(Doc.Sequence seq, int indent, StringBuilder out) {
        List<Doc> items = seq.items();
        for (int i = 0; i < items.size(); i++) {
            if (seq.spaced() && i > 0) {
                out.append('\n');
            }
            item(items.get(i), indent, out);
        }
    }

    /** One item at {@code indent}; a mapping's comments go above its dash. */
    private void item(Doc item, int indent, StringBuilder out) {
        String pad = " ".repeat(indent);
        if (item instanceof Doc.Mapping map && !map.isEmpty()) {
            comments(map, indent, out);
            StringBuilder nested = new StringBuilder();
            body(map, indent + 2, nested);
            out.append(pad).append("- ").append(nested.substring(indent + 2));
        } else if (item instanceof Doc.Sequence || item instanceof Doc.Mapping || item instanceof Doc.Tagged) {
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
