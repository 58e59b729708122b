package dev.gantry.target.compose;

import dev.gantry.catalog.Part;
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
        StringBuilder raw = new StringBuilder();
        for (Part part : value.parts()) {
            if (part instanceof Part.Text text) {
                raw.append(text.text().replace("$", "$$"));
            } else {
                String name = ((Part.Variable) part).name();
                raw.append("${").append(name).append(":?set ").append(name).append(" in .env}");
            }
        }
        return quote.yaml(raw.toString());
    }
}
