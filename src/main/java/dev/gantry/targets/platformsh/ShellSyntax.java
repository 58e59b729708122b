package dev.gantry.targets.platformsh;

import dev.gantry.catalog.Value;
import dev.gantry.render.Quote;

/**
 * Values as shell words for the {@code .environment} script, exposed to its template as {@code sh}:
 * literal text single-quoted, variables as {@code "${NAME:-}"} (or {@code "${NAME:-default}"} with
 * their default), pieces side by side as one word.
 */
public final class ShellSyntax {

    private final Quote quote = new Quote();

    public String word(Value value) {
        String word = value.write(quote::sh, v -> "\"${" + v.name() + (v.emptyAllowed() ? "-" : ":-")
                + v.fallback().map(ShellSyntax::doubleQuoted).orElse("") + "}\"");
        return word.isEmpty() ? "''" : word;
    }

    /** Text as it reads inside double quotes (a default has neither {@code $} nor a closing brace). */
    private static String doubleQuoted(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"").replace("`", "\\`");
    }
}
