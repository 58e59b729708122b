package dev.gantry.importer;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.DiagnosticFormat;
import dev.gantry.diag.Problem;
import java.util.List;

/**
 * A file given to import that Gantry cannot read as what it claims to be: not YAML, not a compose
 * file, a Dockerfile with a syntax error. The import stops, writes nothing, and exits with 1.
 */
public final class InputError extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Diagnostic diagnostic;

    /** {@code problem} at {@code origin}, with a value for each of its placeholders. */
    public InputError(Origin origin, Problem problem, Object... values) {
        this(problem.at(origin.file(), origin.position(), values));
    }

    private InputError(Diagnostic diagnostic) {
        super(diagnostic.message());
        this.diagnostic = diagnostic;
    }

    public Diagnostic diagnostic() {
        return diagnostic;
    }

    /** The problem as Gantry prints it: {@code file:line:col: error[E9xx]: message}, then the hint. */
    public String describe() {
        return DiagnosticFormat.TEXT.format(List.of(diagnostic)).stripTrailing();
    }
}
