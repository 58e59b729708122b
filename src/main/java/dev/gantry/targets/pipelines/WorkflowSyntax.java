package dev.gantry.targets.pipelines;

import dev.gantry.render.Quote;

/**
 * GitHub Actions values, exposed to the pipelines templates as {@code gh}. GitHub evaluates
 * expressions (dollar sign, two opening braces ... two closing braces) in most workflow strings,
 * whatever their YAML quoting, and has no escape for them. A value that holds an expression opening
 * is therefore written as one expression whose value is the whole string: a single-quoted string
 * literal, quotes doubled. (Splitting it into literal text and small expressions would make GitHub
 * join the parts with format(), which the parser's own evaluator gets wrong around quotes.) The
 * result is then quoted as a YAML double-quoted string.
 */
public final class WorkflowSyntax {

    private static final String OPEN = "${{";

    private final Quote quote = new Quote();

    /** A YAML string that a workflow reads as exactly {@code value}. */
    public String str(String value) {
        return quote.yaml(literal(value));
    }

    static String literal(String value) {
        return value.contains(OPEN) ? OPEN + " '" + value.replace("'", "''") + "' }}" : value;
    }
}
