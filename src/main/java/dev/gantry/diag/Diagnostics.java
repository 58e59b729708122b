package dev.gantry.diag;

import java.util.ArrayList;
import java.util.List;

/** Collects the diagnostics of one source file while a stage runs. */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    public void error(Code code, Position at, String message) {
        add(Severity.ERROR, code, at, message, null);
    }

    public void error(Code code, Position at, String message, String hint) {
        add(Severity.ERROR, code, at, message, hint);
    }

    public void warning(Code code, Position at, String message, String hint) {
        add(Severity.WARNING, code, at, message, hint);
    }

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    /** What {@code other} found, in the order it found it. */
    public void addAll(Diagnostics other) {
        found.addAll(other.found);
    }

    private void add(Severity severity, Code code, Position at, String message, String hint) {
        found.add(new Diagnostic(severity, code, file, at == null ? Position.UNKNOWN : at, message, hint));
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether an error of {@code code} was found. */
    public boolean hasError(Code code) {
        return found.stream().anyMatch(d -> d.isError() && d.code() == code);
    }

    /**
     * All diagnostics so far, sorted by position. The same code at the same place is one problem,
     * however many environments met it: the first report (the most general one) is kept.
     */
    public List<Diagnostic> sorted() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<Diagnostic> unique = new ArrayList<>();
        for (Diagnostic d : found) {
            String key = d.position().equals(Position.UNKNOWN) ? d.toString()
                    : d.severity() + " " + d.code() + " " + d.position();
            if (seen.add(key)) {
                unique.add(d);
            }
        }
        unique.sort(Diagnostic.ORDER);
        return List.copyOf(unique);
    }
}
