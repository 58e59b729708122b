package dev.gantry.importer;

/** What became of one setting of an imported file. */
public enum Carry {
    /** environment.yaml says it, and the generated file has it as the original had it. */
    IDENTICAL,
    /** The generated file has the same effect in another form (named in the finding's note). */
    OTHER_FORM,
    /** Gantry cannot say it (yet): the note says why, and where it will be possible. */
    NOT_CARRIED
}
