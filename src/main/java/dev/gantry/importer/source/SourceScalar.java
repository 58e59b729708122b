package dev.gantry.importer.source;

import dev.gantry.importer.Origin;
import java.util.Optional;
import java.util.Set;

/**
 * A scalar as written. {@code plain} when it was not quoted: only a plain scalar can be a number,
 * a boolean or null. Values are kept as text: the consumers of these files (compose, Platform.sh)
 * take most values as strings, and where they do not, the reader asks.
 */
public record SourceScalar(String text, boolean plain, Origin origin, Optional<String> tag) implements SourceNode {

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> BOOLEANS = Set.of("true", "True", "TRUE", "false", "False", "FALSE");

    public static SourceScalar of(String text, Origin at) {
        return new SourceScalar(text, false, at, Optional.empty());
    }

    public boolean isNull() {
        return plain && tag.isEmpty() && NULLS.contains(text);
    }

    public boolean isBoolean() {
        return plain && tag.isEmpty() && BOOLEANS.contains(text);
    }

    public boolean isInteger() {
        return plain && tag.isEmpty() && text.matches("[-+]?[0-9]+");
    }

    public boolean isNumber() {
        return isInteger() || (plain && tag.isEmpty() && text.matches("[-+]?([0-9]+\\.[0-9]*|\\.[0-9]+)([eE][-+]?[0-9]+)?"));
    }

    @Override
    public String kind() {
        if (isNull()) {
            return "null";
        }
        if (isBoolean()) {
            return "a boolean";
        }
        return isNumber() ? "a number" : "a string";
    }
}
