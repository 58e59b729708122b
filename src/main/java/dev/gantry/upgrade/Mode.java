package dev.gantry.upgrade;

/** How far `gantry upgrade` moves a pin. */
public enum Mode {
    /** To the newest line Gantry knows, across major lines. */
    NEWEST,
    /** To the newest line of the same major line. */
    MINOR,
    /** To the newest patch release of the same line, for a pin that names a patch. */
    PATCH
}
