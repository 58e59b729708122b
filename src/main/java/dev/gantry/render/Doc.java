package dev.gantry.render;

import dev.gantry.catalog.Value;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The content of a structured artifact (a compose file, a task definition) before it is written:
 * mappings in the order they are built, sequences and scalars. A target builds one, the user's
 * {@code raw} settings are merged into it, and a writer for the artifact's format writes it, quoting
 * every value for that format.
 */
public sealed interface Doc permits Doc.Mapping, Doc.Sequence, Doc.Text, Doc.Plain, Doc.Interpolated, Doc.Tagged {

    /** A string, quoted as the format quotes strings. */
    record Text(String value) implements Doc {
    }

    /** A number, boolean or fixed word, written as it is ({@code 5}, {@code true}, {@code service_healthy}). */
    record Plain(String text) implements Doc {
    }

    /** A string made of text and variables that the artifact's reader fills in (compose's {@code ${NAME}}). */
    record Interpolated(Value value) implements Doc {
    }

    /** A sequence; a {@code spaced} one has a blank line between its items. */
    record Sequence(List<Doc> items, boolean spaced) implements Doc {

        public Sequence {
            items = List.copyOf(items);
        }

        public Sequence(List<Doc> items) {
            this(items, false);
        }
    }

    /**
     * A node with a YAML local tag that its reader resolves, such as Platform.sh's {@code !include}
     * (a file's text as the value) and {@code !archive} (a folder). Only Gantry writes tags: the
     * tag is one of the format's own, never a user's value. JSON has no tags.
     */
    record Tagged(String tag, Doc value) implements Doc {

        public Tagged {
            if (!tag.matches("![a-z][a-z0-9-]*")) {
                throw new IllegalArgumentException("not a local tag: " + tag);
            }
            if (value instanceof Tagged) {
                throw new IllegalArgumentException("a node has one tag");
            }
        }
    }

    /**
     * A mapping, built in order. {@code comments} are written as its first lines; a {@code spaced}
     * mapping has a blank line between its entries.
     */
    final class Mapping implements Doc {

        private final Map<String, Doc> entries = new LinkedHashMap<>();
        private final List<String> comments = new ArrayList<>();
        private boolean spaced;

        public Mapping put(String key, Doc value) {
            entries.put(key, value);
            return this;
        }

        /** Puts {@code value} as text unless it is null. */
        public Mapping text(String key, String value) {
            return value == null ? this : put(key, new Text(value));
        }

        /** Puts a sequence of texts unless there are none. */
        public Mapping texts(String key, List<String> values) {
            return values.isEmpty() ? this : put(key, new Sequence(values.stream().<Doc>map(Text::new).toList()));
        }

        /** Puts a mapping of texts unless there are none. */
        public Mapping textMap(String key, Map<String, String> values) {
            if (values.isEmpty()) {
                return this;
            }
            Mapping map = new Mapping();
            values.forEach(map::text);
            return put(key, map);
        }

        public Mapping comment(String line) {
            comments.add(line);
            return this;
        }

        public Mapping spaced() {
            spaced = true;
            return this;
        }

        public Doc get(String key) {
            return entries.get(key);
        }

        public Doc remove(String key) {
            return entries.remove(key);
        }

        public Map<String, Doc> entries() {
            return Collections.unmodifiableMap(entries);
        }

        public List<String> comments() {
            return Collections.unmodifiableList(comments);
        }

        public boolean isSpaced() {
            return spaced;
        }

        public boolean isEmpty() {
            return entries.isEmpty();
        }
    }

    static Doc number(long value) {
        return new Plain(Long.toString(value));
    }

    /** A number as JSON and YAML write it: {@code 0.5}, {@code 1} for 1.0. */
    static Doc number(double value) {
        return new Plain(BigDecimal.valueOf(value).stripTrailingZeros().toPlainString());
    }

    static Doc flag(boolean value) {
        return new Plain(Boolean.toString(value));
    }
}
