package dev.gantry.diag;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The one collector of diagnostics: every stage, and every target's plan, reports here what it
 * finds in one source file, so that all problems of the file are reported at once.
 */
public final class Diagnostics {

    private final String file;
    private final List<Diagnostic> found = new ArrayList<>();

    public Diagnostics(String file) {
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** {@code problem} found at {@code at} (null: nowhere in particular), with a value for each placeholder. */
    public void report(Problem problem, Position at, Object... values) {
        found.add(problem.at(file, at == null ? Position.UNKNOWN : at, values));
    }

    public void add(Diagnostic diagnostic) {
        found.add(diagnostic);
    }

    /** What {@code other} found, in the order it found it. */
    public void addAll(Diagnostics other) {
        found.addAll(other.found);
    }

    public boolean hasErrors() {
        return found.stream().anyMatch(Diagnostic::isError);
    }

    /** Whether an error of one of {@code problems} was found. */
    public boolean hasError(Problem... problems) {
        List<Problem> wanted = List.of(problems);
        return found.stream().anyMatch(d -> d.isError() && wanted.contains(d.code()));
    }

    /**
     * All diagnostics so far, sorted by place. One id is one problem, so the same id at the same
     * place is reported once, however many environments met it: the first report, the most general
     * one, is kept. A diagnostic without a place (a bad command line) is the same only when its
     * message is.
     */
    public List<Diagnostic> sorted() {
        Set<List<Object>> seen = new HashSet<>();
        List<Diagnostic> unique = new ArrayList<>();
        for (Diagnostic d : found) {
            List<Object> key = d.position().equals(Position.UNKNOWN)
                    ? List.of(d.code().id(), d.file(), d.message())
                    : List.of(d.code().id(), d.file(), d.position());
            if (seen.add(key)) {
                unique.add(d);
            }
        }
        unique.sort(Diagnostic.ORDER);
        return List.copyOf(unique);
    }
}
