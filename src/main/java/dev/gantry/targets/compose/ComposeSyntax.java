package dev.gantry.targets.compose;

import dev.gantry.catalog.Value;
import dev.gantry.render.Quote;

/**
 * Compose values, exposed to the compose templates as {@code cs}: literal text with {@code $}
 * doubled so compose does not interpolate it, and variables as {@code ${NAME:?...}}, which makes
 * compose stop with a clear message when .env lacks them.
 */
public final class ComposeSyntax {

    private final Quote quote = new Quote();

    public String value(Value value) {
        return quote.yaml(value.write(text -> text.replace("$", "$$"),
                name -> "${" + name + ":?set " + name + " in .env}"));
    }
}
