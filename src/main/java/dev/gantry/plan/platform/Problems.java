package dev.gantry.plan.platform;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.diag.Severity;

/**
 * The diagnostics of one platform plan, remembering whether it found an error (then nothing is
 * planned), and the product they speak of.
 */
final class Problems {

    private final Diagnostics diagnostics;
    private final Platform platform;
    private int errors;

    Problems(Diagnostics diagnostics, Platform platform) {
        this.diagnostics = diagnostics;
        this.platform = platform;
    }

    /** The product's name, as the messages say it. */
    String title() {
        return platform.title();
    }

    /** The product's command-line client, for hints. */
    String cli() {
        return platform.cli();
    }

    /** {@code problem} found at {@code at}, with a value for each placeholder (as {@link Diagnostics#report}). */
    void report(Problem problem, Position at, Object... values) {
        if (problem.severity() == Severity.ERROR) {
            errors++;
        }
        diagnostics.report(problem, at, values);
    }

    boolean failed() {
        return errors > 0;
    }

    /** How many errors were reported so far, to tell whether a step found one. */
    int errors() {
        return errors;
    }
}
