package dev.gantry.cli;

/** Gantry's exit codes, one meaning each; `gantry --help` lists them. */
final class ExitCode {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int STALE = 3;
    static final int HAND_EDITED = 4;
    static final int NOT_CARRIED = 5;
    static final int CANNOT_WRITE = 74;
    static final int BUG = 70;

    private ExitCode() {
    }
}
