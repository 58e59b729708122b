package dev.gantry.target.pipelines;

import dev.gantry.render.Quote;

/**
 * GitHub Actions values, exposed to the pipelines templates as {@code gh}. GitHub evaluates
 * expressions (dollar sign, two opening braces ... two closing braces) in most workflow strings,
 * whatever their YAML quoting, and has no escape for them: a literal opening is written as an
 * expression whose value is that opening, a string literal in single quotes. The result is then
 * quoted as a YAML double-quoted string.
 */
public final class WorkflowSyntax {

    private static final String OPEN = "${{";

    private final Quote quote = new Quote();

    /** A YAML string that a workflow reads as exactly {@code value}. */
    public String str(String value) {
        return quote.yaml(literal(value));
    }

    static String literal(String value) {
        return value.replace(OPEN, OPEN + " '" + OPEN + "' }}");
    }
}
