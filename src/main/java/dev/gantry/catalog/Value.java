package dev.gantry.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** A value made of literal text and variables; most values are one piece of text. */
public record Value(List<Part> parts) {

    public Value {
        parts = List.copyOf(parts);
    }

    public static Value text(String text) {
        return new Value(List.of(new Part.Text(text)));
    }

    public static Value variable(String name) {
        return new Value(List.of(new Part.Variable(name)));
    }

    /** The text when the value holds no variable. */
    public Optional<String> literal() {
        StringBuilder out = new StringBuilder();
        for (Part p : parts) {
            if (p instanceof Part.Text t) {
                out.append(t.text());
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(out.toString());
    }

    /** The variable when the value is exactly one variable (a secret passed whole). */
    public Optional<String> soleVariable() {
        return parts.size() == 1 && parts.get(0) instanceof Part.Variable v ? Optional.of(v.name()) : Optional.empty();
    }

    /**
     * The value written out: each piece of text through {@code text}, each variable through
     * {@code variable}.
     */
    public String write(Function<String, String> text, Function<Part.Variable, String> variable) {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part instanceof Part.Text t ? text.apply(t.text()) : variable.apply((Part.Variable) part));
        }
        return out.toString();
    }

    /**
     * The value written out with each variable by its name alone ({@code name} gets the name, never the
     * variable with its defaults, whose text means nothing in an artifact).
     */
    public String writeNames(Function<String, String> text, Function<String, String> name) {
        return write(text, variable -> name.apply(variable.name()));
    }

    /** The text with each variable as {@code ${NAME}}, for a person to read (plans, diagrams, summaries). */
    public String withPlaceholders() {
        return writeNames(t -> t, name -> "${" + name + "}");
    }

    /** A variable that is the whole value and may be unset: the container goes without it. */
    public boolean isPassThrough() {
        return parts.size() == 1 && parts.get(0) instanceof Part.Variable v && !v.required()
                && v.fallback().isEmpty();
    }

    public List<String> variables() {
        List<String> names = new ArrayList<>();
        parts.forEach(p -> {
            if (p instanceof Part.Variable v) {
                names.add(v.name());
            }
        });
        return names;
    }
}
