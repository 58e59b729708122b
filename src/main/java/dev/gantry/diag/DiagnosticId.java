package dev.gantry.diag;

/**
 * The id a diagnostic is reported under: a {@link Problem} of the catalogue, or a {@link Code} of
 * the call sites not yet moved to it (TRANSITIONAL: the targets, until they are).
 */
public sealed interface DiagnosticId permits Problem, Code {

    /** The id users see and search for, e.g. {@code E020}. */
    String id();
}
