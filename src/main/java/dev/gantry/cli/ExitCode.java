package dev.gantry.cli;

/** Gantry's exit codes, one meaning each; `gantry --help` lists them. */
final class ExitCode {

    static final int OK = 0;
    static final int INVALID = 1;
    static final int USAGE = 2;
    static final int STALE = 3;
    /** Refused to overwrite or write through something in the output folder: a hand edit, a file or link not Gantry's. */
    static final int REFUSED = 4;
    static final int CANNOT_WRITE = 74;
    static final int BUG = 70;

    private ExitCode() {
    }
}
