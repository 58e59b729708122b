package dev.gantry.cli;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.DiagnosticFormat;
import java.io.PrintWriter;
import java.util.List;

/** Prints diagnostics: JSON on stdout for machines, anything else on stderr. */
final class Reporter {

    private final PrintWriter out;
    private final PrintWriter err;

    Reporter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void report(List<Diagnostic> diagnostics, DiagnosticFormat format) {
        if (format == DiagnosticFormat.JSON) {
            out.print(format.format(diagnostics));
            out.flush();
        } else if (!diagnostics.isEmpty()) {
            err.print(format.format(diagnostics));
            err.flush();
        }
    }

    /** Something the user should know that is not a problem: what Gantry did on its own. */
    void note(String message) {
        line(message);
    }

    void error(String message) {
        line(message);
    }

    private void line(String message) {
        err.println("gantry: " + message);
        err.flush();
    }
}
