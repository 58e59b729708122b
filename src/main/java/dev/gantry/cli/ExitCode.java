package dev.gantry.cli;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Problem;
import java.util.List;

/** Gantry's exit codes, one meaning each; `gantry --help` lists them. */
final class ExitCode {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int STALE = 3;
    /** `outdated`: the same code as a stale `--check`, for the same use: a CI job that should fail until acted on. */
    static final int PAST_END_OF_LIFE = 3;
    /** Refused to overwrite or write through something in the output folder: a hand edit, a file or link not Gantry's. */
    static final int REFUSED = 4;
    static final int NOT_CARRIED = 5;
    static final int CANNOT_WRITE = 74;
    static final int BUG = 70;

    private ExitCode() {
    }

    /**
     * The exit code of a compilation that found errors: a bad command line when they are all about
     * it (an --env or --target the file or this build does not have), else an invalid file.
     */
    static int ofErrors(List<Diagnostic> diagnostics) {
        return diagnostics.stream().filter(Diagnostic::isError).allMatch(d -> d.code() == Problem.UNKNOWN_SELECTION)
                ? USAGE : INVALID;
    }
}
