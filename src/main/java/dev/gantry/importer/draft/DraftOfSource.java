package dev.gantry.importer.draft;

import dev.gantry.importer.source.SourceList;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;

/**
 * A node of an original file as environment.yaml writes it, for what passes through {@code raw}:
 * plain scalars keep their YAML type (null, boolean, number), quoted ones stay strings.
 */
public final class DraftOfSource {

    private DraftOfSource() {
    }

    public static Draft of(SourceNode node) {
        if (node instanceof SourceMap map) {
            DraftMap out = new DraftMap();
            map.list().forEach(e -> out.put(e.key(), of(e.value())));
            return out;
        }
        if (node instanceof SourceList list) {
            DraftList out = new DraftList();
            list.items().forEach(i -> out.add(of(i)));
            return out;
        }
        return scalar((SourceScalar) node);
    }

    private static DraftScalar scalar(SourceScalar s) {
        if (s.isNull()) {
            return DraftScalar.NULL;
        }
        if (s.isBoolean()) {
            return DraftScalar.of(Boolean.parseBoolean(s.text().toLowerCase(java.util.Locale.ROOT)));
        }
        if (s.isInteger()) {
            try {
                return DraftScalar.of(Long.parseLong(s.text()));
            } catch (NumberFormatException e) {
                return DraftScalar.of(s.text());
            }
        }
        if (s.isNumber()) {
            return new DraftScalar(Double.parseDouble(s.text()));
        }
        return DraftScalar.of(s.text());
    }
}
