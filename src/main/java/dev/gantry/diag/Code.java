package dev.gantry.diag;

/**
 * TRANSITIONAL: the ids of the first releases, several of which name a category of problems rather
 * than one. Only call sites not yet moved to the catalogue ({@link Problem}) use them: those of the
 * targets, and of branches written before the catalogue. Every constant stays until the last of
 * those call sites reports a problem of the catalogue; then this enum goes. The README lists the
 * ones still reported (ProblemCatalogTest finds them in the sources).
 */
public enum Code implements DiagnosticId {
    // E00x: reading the file
    INVALID_UTF8("E003"),

    // E02x: the schema
    NOT_ALLOWED_VALUE("E023"),
    OUT_OF_RANGE("E025"),

    // E04x: references and structure
    UNKNOWN_REFERENCE("E040"),
    UNSUPPORTED_VERSION("E044"),

    // E06x: rules a schema cannot express
    TARGET_UNSUPPORTED("E063"),
    TARGET_CONFIG("E064"),

    // E07x: what a deployment target needs from an environment (first used by ECS)
    SECRET_SOURCE("E070"),
    TASK_SIZE("E072"),
    MIXED_VALUE("E073"),

    // E08x: the command line, checked against the file (a bad command line: exit 2)

    // W1xx: warnings
    DROPPED_FIELD("W100"),
    UNUSED("W101"),
    ADJUSTED_VALUE("W110"),
    RETIRED_VERSION("W401");

    private final String id;

    Code(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
