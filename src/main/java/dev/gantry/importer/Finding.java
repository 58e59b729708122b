package dev.gantry.importer;

/**
 * What import did with one setting. {@code note} names the other form or the reason it is not
 * carried. {@code expected} is the value the generated file holds when it differs from the
 * original's by design (null: the original's value), and {@code generatedKey} the key it holds it
 * under when that differs (null: the same key); verify checks both.
 */
public record Finding(Setting setting, Origin origin, Carry carry, String note, String expected,
        String generatedKey) {

    /** {@link #expected} when the generated file does not have the setting at all, to the same effect. */
    public static final String ABSENT = "\u0000absent";
}
