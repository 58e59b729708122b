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
    FILE_UNREADABLE("E001"),
    FILE_TOO_LARGE("E002"),
    INVALID_UTF8("E003"),
    YAML_SYNTAX("E004"),
    DUPLICATE_KEY("E005"),
    UNKNOWN_TAG("E006"),
    MULTIPLE_DOCUMENTS("E007"),
    ALIAS_LIMIT("E008"),
    NESTING_LIMIT("E009"),
    COMPLEX_KEY("E010"),
    EMPTY_FILE("E011"),

    // E02x: the schema
    UNKNOWN_KEY("E020"),
    MISSING_KEY("E021"),
    WRONG_TYPE("E022"),
    NOT_ALLOWED_VALUE("E023"),
    INVALID_FORMAT("E024"),
    OUT_OF_RANGE("E025"),
    SCHEMA_OTHER("E026"),

    // E04x: references and structure
    UNKNOWN_REFERENCE("E040"),
    CYCLE("E041"),
    SERVICE_KIND("E042"),
    UNKNOWN_CATALOG("E043"),
    UNSUPPORTED_VERSION("E044"),
    VERSION_PIN("E045"),
    SHARED_NAME("E142"),
    NO_SHARED_NETWORK("E143"),

    // E06x: rules a schema cannot express
    UNPINNED_IMAGE("E060"),
    LITERAL_SECRET("E061"),
    UNSAFE_VALUE("E062"),
    TARGET_UNSUPPORTED("E063"),
    TARGET_CONFIG("E064"),
    RAW_INSTRUCTION("E065"),
    VOLUME_SOURCE("E068"),
    START_CONDITION("E067"),

    // E07x: what a deployment target needs from an environment (first used by ECS)
    SECRET_SOURCE("E070"),
    UNDECIDED_SERVICE("E071"),
    TASK_SIZE("E072"),
    MIXED_VALUE("E073"),

    // E08x: the command line, checked against the file (a bad command line: exit 2)
    UNKNOWN_SELECTION("E080"),

    // W1xx: warnings
    DROPPED_FIELD("W100"),
    UNUSED("W101"),
    VERSION_UNKNOWN("W102"),
    MISSING_TARGET("W103"),
    UNAPPROVED_DEPLOY("W104"),
    POD_SECURITY("W701"),
    RAW_UNKNOWN_KEY("W115"),
    SHELL_SYNTAX("W116"),
    HOST_PATH("W117"),
    ADJUSTED_VALUE("W110"),
    RAW_OVERRIDE("W118"),
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
