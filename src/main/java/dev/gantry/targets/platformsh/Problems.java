package dev.gantry.targets.platformsh;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;

/** The diagnostics of one Platform.sh plan, remembering whether it found an error (then nothing is planned). */
final class Problems {

    private final Diagnostics diagnostics;
    private boolean failed;

    Problems(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    void error(Code code, Position at, String message, String hint) {
        failed = true;
        diagnostics.error(code, at, message, hint);
    }

    void warning(Position at, String message, String hint) {
        diagnostics.warning(Code.DROPPED_FIELD, at, message, hint);
    }

    boolean failed() {
        return failed;
    }
}
