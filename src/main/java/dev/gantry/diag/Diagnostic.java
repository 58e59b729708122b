package dev.gantry.diag;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a source file. Diagnostics are values: every stage of the pipeline returns
 * the ones it found instead of throwing, so that all problems of a file are reported at once.
 */
public record Diagnostic(Severity severity, Problem code, String file, Position position, String message,
        String hint) {

    public static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::file)
            .thenComparing(Diagnostic::position)
            .thenComparing(d -> d.code().id())
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(code);
        Objects.requireNonNull(file);
        Objects.requireNonNull(position);
        Objects.requireNonNull(message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public Diagnostic withHint(String newHint) {
        return new Diagnostic(severity, code, file, position, message, newHint);
    }
}
