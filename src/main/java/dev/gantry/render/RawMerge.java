package dev.gantry.render;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Raw;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.RawKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Merges a {@code raw} block into the document a target built, before it is written: mappings merge
 * key by key, anything else replaces what was generated (lists included), and {@code null} removes the
 * generated key. Raw values become document values like any other ({@link Doc.Text} for strings), so
 * the artifact's writer quotes them as it quotes everything it writes.
 */
public final class RawMerge {

    /** Reports a warning; {@code Diagnostics::report} is one. */
    @FunctionalInterface
    public interface Warnings {
        void report(Problem problem, Position at, Object... values);
    }

    /** A generated value that a raw key replaced or removed. */
    public record Replaced(RawKey key, String generated, boolean removed) {
    }

    /** What merges into one artifact did: the generated values replaced, and every value raw put there. */
    public static final class Result {

        private final List<Replaced> replaced = new ArrayList<>();
        private final List<RawKey> keys = new ArrayList<>();

        public List<Replaced> replaced() {
            return List.copyOf(replaced);
        }

        public List<RawKey> keys() {
            return List.copyOf(keys);
        }

        void added(RawKey key) {
            keys.add(key);
        }

        void replaced(RawKey key, String generated, boolean removed) {
            replaced.add(new Replaced(key, generated, removed));
        }

        /** One warning per generated value a raw key replaced, at the raw key, naming {@code artifact}. */
        public void warn(Warnings warnings, String artifact) {
            for (Replaced r : replaced) {
                String where = "`" + r.key().dotted() + "` of " + artifact;
                String was = ArtifactSummary.code(r.generated());
                warnings.report(r.removed() ? Problem.RAW_NULL_REMOVES : Problem.RAW_VALUE_REPLACES, r.key().at(), where,
                        was);
            }
        }
    }

    private final Result result;

    private RawMerge(Result result) {
        this.result = result;
    }

    /**
     * Merges {@code raw} into {@code doc}, which stands at {@code path} in its artifact, adding what it
     * did to {@code result}.
     */
    public static void into(Doc.Mapping doc, Raw.Mapping raw, List<String> path, Result result) {
        new RawMerge(result).merge(doc, raw, path);
    }

    private void merge(Doc.Mapping doc, Raw.Mapping raw, List<String> path) {
        for (Raw.Entry entry : raw.entries().values()) {
            List<String> at = new ArrayList<>(path);
            at.add(entry.key());
            RawKey key = new RawKey(at, entry.keyAt());
            Doc generated = doc.get(entry.key());
            Raw value = entry.value();
            if (value instanceof Raw.Mapping nested && generated instanceof Doc.Mapping map) {
                if (nested.isEmpty()) {
                    result.added(key);
                }
                merge(map, nested, at);
                continue;
            }
            result.added(key);
            if (value instanceof Raw.Null) {
                if (generated != null) {
                    doc.remove(entry.key());
                    result.replaced(key, brief(generated), true);
                }
                continue;
            }
            if (generated != null) {
                result.replaced(key, brief(generated), false);
            }
            doc.put(entry.key(), doc(value));
        }
    }

    /** A raw value as a document value; a {@code null} in a new mapping has nothing to remove and is left out. */
    public static Doc doc(Raw value) {
        if (value instanceof Raw.Mapping map) {
            Doc.Mapping out = new Doc.Mapping();
            for (Raw.Entry entry : map.entries().values()) {
                if (!(entry.value() instanceof Raw.Null)) {
                    out.put(entry.key(), doc(entry.value()));
                }
            }
            return out;
        }
        if (value instanceof Raw.Sequence seq) {
            return new Doc.Sequence(seq.items().stream().map(RawMerge::doc).toList());
        }
        if (value instanceof Raw.Text text) {
            return new Doc.Text(text.value());
        }
        if (value instanceof Raw.Number number) {
            return new Doc.Plain(number.text());
        }
        if (value instanceof Raw.Flag flag) {
            return Doc.flag(flag.value());
        }
        return new Doc.Plain("null");
    }

    /** A generated value in a few words, for the warning that names it. */
    static String brief(Doc value) {
        if (value instanceof Doc.Text text) {
            return text.value();
        }
        if (value instanceof Doc.Plain plain) {
            return plain.text();
        }
        if (value instanceof Doc.Interpolated interpolated) {
            return interpolated.value().withPlaceholders();
        }
        StringBuilder out = new StringBuilder();
        if (value instanceof Doc.Sequence seq) {
            out.append('[');
            seq.items().forEach(item -> out.append(out.length() > 1 ? ", " : "").append(brief(item)));
            return out.append(']').toString();
        }
        out.append('{');
        for (Map.Entry<String, Doc> entry : ((Doc.Mapping) value).entries().entrySet()) {
            out.append(out.length() > 1 ? ", " : "").append(entry.getKey()).append(": ").append(brief(entry.getValue()));
        }
        return out.append('}').toString();
    }
}
