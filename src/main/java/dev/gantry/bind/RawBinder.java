package dev.gantry.bind;

import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.model.Located;
import dev.gantry.model.Raw;
import dev.gantry.model.RawBlocks;
import dev.gantry.model.RawInstructions;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Binds {@code raw} blocks into {@link Raw} trees, after extends and overrides have merged them like
 * every other setting. The schema has checked the keys it knows; the values stay as written, typed.
 */
public final class RawBinder {

    private RawBinder() {
    }

    /**
     * The {@code raw} blocks of {@code owner}, by target. A target's block given as {@code null} (an
     * override taking back an inherited block) is left out.
     */
    public static RawBlocks blocks(YMap owner) {
        Optional<YMap> raw = Fields.optionalMap(owner, "raw");
        if (raw.isEmpty()) {
            return RawBlocks.NONE;
        }
        Map<String, Raw.Entry> blocks = new LinkedHashMap<>();
        raw.get().entries().forEach((target, entry) -> {
            if (entry.value() instanceof YMap block) {
                blocks.put(target, new Raw.Entry(target, entry.keyPosition(), value(block)));
            }
        });
        return new RawBlocks(new Raw.Mapping(blocks, raw.get().position()));
    }

    /** The mapping under {@code key} of {@code owner}, as a raw tree. */
    public static Optional<Raw.Mapping> mapping(YMap owner, String key) {
        return Fields.optionalMap(owner, key).map(m -> (Raw.Mapping) value(m));
    }

    /** The instruction lines of a stage's {@code raw.dockerfile} block. */
    public static RawInstructions instructions(YMap stage) {
        YMap block = Fields.map(Fields.map(stage, "raw"), "dockerfile");
        return new RawInstructions(Fields.locatedStrings(block, "before_run"),
                Fields.locatedStrings(block, "after_run"));
    }

    /** The lines of an image's {@code raw.dockerfile.end}. */
    public static List<Located<String>> endLines(YMap image) {
        return Fields.locatedStrings(Fields.map(Fields.map(image, "raw"), "dockerfile"), "end");
    }

    public static Raw value(YNode node) {
        if (node instanceof YMap map) {
            Map<String, Raw.Entry> entries = new LinkedHashMap<>();
            map.entries().forEach((key, entry) -> entries.put(key,
                    new Raw.Entry(key, entry.keyPosition(), value(entry.value()))));
            return new Raw.Mapping(entries, map.position());
        }
        if (node instanceof YSeq seq) {
            List<Raw> items = new ArrayList<>();
            seq.items().forEach(item -> items.add(value(item)));
            return new Raw.Sequence(items, seq.position());
        }
        YScalar scalar = (YScalar) node;
        Object value = scalar.value();
        if (value == null) {
            return new Raw.Null(scalar.position());
        }
        if (value instanceof Boolean flag) {
            return new Raw.Flag(flag, scalar.position());
        }
        if (value instanceof Double d) {
            return new Raw.Number(BigDecimal.valueOf(d).stripTrailingZeros().toPlainString(), scalar.position());
        }
        if (scalar.isNumber()) {
            return new Raw.Number(value.toString(), scalar.position());
        }
        return new Raw.Text((String) value, scalar.position());
    }
}
