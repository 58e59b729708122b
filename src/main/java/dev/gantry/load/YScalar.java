package dev.gantry.load;

import dev.gantry.diag.Position;
import java.math.BigInteger;

/**
 * A scalar resolved with the YAML 1.2 core schema. {@code value} is a String, Long, BigInteger,
 * Double, Boolean or null; {@code text} is the scalar as written.
 */
public record YScalar(Object value, String text, Position position) implements YNode {

    public static YScalar ofString(String s, Position at) {
        return new YScalar(s, s, at);
    }

    public boolean isString() {
        return value instanceof String;
    }

    public boolean isNull() {
        return value == null;
    }

    public boolean isNumber() {
        return value instanceof Long || value instanceof BigInteger || value instanceof Double;
    }

    /** The value as a user means it in a string context: {@code 8080} and {@code "8080"} both give "8080". */
    public String asText() {
        return value == null ? "" : value instanceof String s ? s : text;
    }

    @Override
    public String kind() {
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean) {
            return "a boolean";
        }
        if (value instanceof Double) {
            return "a number";
        }
        if (isNumber()) {
            return "an integer";
        }
        return "a string";
    }
}
