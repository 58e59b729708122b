package dev.gantry.load;

import dev.gantry.diag.Position;
import dev.gantry.util.Json;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Replaces scalars of a YAML text in place, each found by the position the loader gave it: only the
 * characters of the scalar change, written in its own style (plain, single- or double-quoted), so
 * comments, key order, indentation, line endings and every other value stay as they were.
 */
public final class ScalarEdits {

    /** The new value of the scalar that starts at {@code at}. */
    public record Edit(Position at, String value) {
    }

    /** A scalar that cannot be rewritten in place without changing more than its value. */
    public static final class UneditableException extends Exception {
        public UneditableException(String message) {
            super(message);
        }
    }

    private static final ScalarResolver RESOLVER = new CoreSchema().getScalarResolver();
    /** Plain scalars Gantry writes: no indicator, no space, no `: ` or ` #`, in flow and block context. */
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._/@+-]*(:[A-Za-z0-9._/@+-]+)*");

    private ScalarEdits() {
    }

    /** {@code text} with each edit applied; the scalars are checked to read back as their new values. */
    public static String apply(String text, List<Edit> edits) throws UneditableException {
        List<ScalarEvent> scalars = scalars(text);
        Map<Position, Integer> indexes = new HashMap<>();
        for (int i = 0; i < scalars.size(); i++) {
            indexes.put(start(scalars.get(i)), i);
        }
        List<Edit> fromTheEnd = new ArrayList<>(edits);
        fromTheEnd.sort(Comparator.comparing(Edit::at).reversed());
        Map<Integer, String> expected = new HashMap<>();
        StringBuilder out = new StringBuilder(text);
        for (Edit edit : fromTheEnd) {
            Integer index = indexes.get(edit.at());
            if (index == null) {
                throw new IllegalArgumentException("no scalar starts at " + edit.at());
            }
            ScalarEvent scalar = scalars.get(index);
            expected.put(index, edit.value());
            if (scalar.getScalarStyle() == ScalarStyle.LITERAL || scalar.getScalarStyle() == ScalarStyle.FOLDED) {
                throw new UneditableException(edit.at() + ": the value is a block scalar (`|` or `>`); write it on"
                        + " one line to let Gantry change it");
            }
            int start = afterProperties(text, text.offsetByCodePoints(0, scalar.getStartMark().orElseThrow().getIndex()));
            int end = text.offsetByCodePoints(0, scalar.getEndMark().orElseThrow().getIndex());
            out.replace(start, end, render(edit.value(), scalar.getScalarStyle()));
        }
        String edited = out.toString();
        check(scalars.size(), scalars(edited), expected);
        return edited;
    }

    /** {@code value} as a scalar of {@code style}; a plain value that YAML would read otherwise is double-quoted. */
    static String render(String value, ScalarStyle style) {
        return switch (style) {
            case SINGLE_QUOTED -> "'" + value.replace("'", "''") + "'";
            case PLAIN -> PLAIN.matcher(value).matches() && RESOLVER.resolve(value, true).equals(Tag.STR) ? value
                    : Json.quote(value);
            default -> Json.quote(value);
        };
    }

    /**
     * Where the scalar itself starts: a node's start includes its anchor ({@code &name}) and tag
     * ({@code !!str}), which stay.
     */
    private static int afterProperties(String text, int start) {
        int at = start;
        while (at < text.length() && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
            while (at < text.length() && !Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }
        return at;
    }

    /** Every scalar of the text, in document order. */
    private static List<ScalarEvent> scalars(String text) {
        LoadSettings settings = LoadSettings.builder().setUseMarks(true).setCodePointLimit(Integer.MAX_VALUE).build();
        List<ScalarEvent> out = new ArrayList<>();
        for (Event event : new Parse(settings).parseString(text)) {
            if (event instanceof ScalarEvent scalar) {
                out.add(scalar);
            }
        }
        return out;
    }

    /** Where a scalar starts, as the loader reports positions. */
    private static Position start(ScalarEvent scalar) {
        var mark = scalar.getStartMark().orElseThrow();
        return new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    /** The edited text has the same scalars, and the edited ones read back as their new values. */
    private static void check(int count, List<ScalarEvent> after, Map<Integer, String> expected) {
        if (after.size() != count) {
            throw new IllegalStateException("an edit changed the structure of the document");
        }
        expected.forEach((index, value) -> {
            if (!after.get(index).getValue().equals(value)) {
                throw new IllegalStateException("the edit at " + start(after.get(index)) + " does not read back as "
                        + value);
            }
        });
    }
}
