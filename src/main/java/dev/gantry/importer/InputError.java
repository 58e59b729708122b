package dev.gantry.importer;

/**
 * A file given to import that Gantry cannot read as what it claims to be: not YAML, not a compose
 * file, a Dockerfile with a syntax error. The import stops, writes nothing, and exits with 1.
 */
public final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Origin origin;
    private final String hint;

    public InputError(Origin origin, String message, String hint) {
        super(message);
        this.origin = origin;
        this.hint = hint;
    }

    public Origin origin() {
        return origin;
    }

    /** The message as a diagnostic line: {@code file:line:col: error: message}, then the hint. */
    public String describe() {
        return origin + ": error: " + getMessage() + (hint == null ? "" : "\n  hint: " + hint);
    }
}
