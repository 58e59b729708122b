package dev.gantry.importer.compose;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compose's variable substitution in a value: {@code $$} is a dollar sign; {@code $VAR} and
 * {@code ${VAR}}; {@code ${VAR:-default}} (unset or empty), {@code ${VAR-default}} (unset);
 * {@code ${VAR:?error}} and {@code ${VAR?error}} stop with the message; {@code ${VAR:+other}} and
 * {@code ${VAR+other}}; defaults may hold further substitutions. A variable that is not set and has
 * no default becomes the empty string, as Compose does (with a warning).
 */
public final class Interpolation {

    /** The value after substitution, and the variables it read (unset ones included). */
    public record Result(String value, List<String> variables, List<String> unset) {
    }

    private final Map<String, String> variables;

    public Interpolation(Map<String, String> variables) {
        this.variables = variables;
    }

    public Result apply(String text, Origin at) throws InputError {
        List<String> used = new ArrayList<>();
        List<String> unset = new ArrayList<>();
        String value = substitute(text, at, used, unset);
        return new Result(value, List.copyOf(used), List.copyOf(unset));
    }

    private String substitute(String text, Origin at, List<String> used, List<String> unset) throws InputError {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '$') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '$') {
                out.append('$');
                i += 2;
                continue;
            }
            if (i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = closingBrace(text, i + 2);
                if (end < 0) {
                    throw invalid(text, at);
                }
                out.append(braced(text.substring(i + 2, end), text, at, used, unset));
                i = end + 1;
                continue;
            }
            int end = i + 1;
            while (end < text.length() && isNameChar(text.charAt(end), end == i + 1)) {
                end++;
            }
            if (end == i + 1) {
                // a lone `$` (before a space, a digit, the end): compose 1.x refuses it, v2 keeps it
                throw invalid(text, at);
            }
            String name = text.substring(i + 1, end);
            out.append(lookup(name, used, unset));
            i = end;
        }
        return out.toString();
    }

    private String braced(String inner, String text, Origin at, List<String> used, List<String> unset)
            throws InputError {
        int n = 0;
        while (n < inner.length() && isNameChar(inner.charAt(n), n == 0)) {
            n++;
        }
        String name = inner.substring(0, n);
        if (name.isEmpty()) {
            throw invalid(text, at);
        }
        String rest = inner.substring(n);
        boolean set = variables.containsKey(name);
        String value = variables.get(name);
        used.add(name);
        if (rest.isEmpty()) {
            if (!set) {
                unset.add(name);
            }
            return set ? value : "";
        }
        boolean colon = rest.startsWith(":");
        String op = rest.substring(colon ? 1 : 0, Math.min(rest.length(), colon ? 2 : 1));
        String arg = rest.substring(colon ? 2 : 1);
        boolean present = colon ? set && !value.isEmpty() : set;
        switch (op) {
            case "-" -> {
                return present ? value : substitute(arg, at, used, unset);
            }
            case "+" -> {
                return present ? substitute(arg, at, used, unset) : "";
            }
            case "?" -> {
                if (!present) {
                    throw new InputError(at, Problem.COMPOSE_REQUIRED_VARIABLE, name, arg.isEmpty() ? "" : ": " + arg);
                }
                return value;
            }
            default -> throw invalid(text, at);
        }
    }

    private String lookup(String name, List<String> used, List<String> unset) {
        used.add(name);
        if (!variables.containsKey(name)) {
            unset.add(name);
            return "";
        }
        return variables.get(name);
    }

    /** The `}` that closes a `${`, skipping nested `${...}` in a default. */
    private static int closingBrace(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                depth++;
                i++;
            } else if (c == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isNameChar(char c, boolean first) {
        return c == '_' || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (!first && c >= '0' && c <= '9');
    }

    private static InputError invalid(String text, Origin at) {
        return new InputError(at, Problem.COMPOSE_INTERPOLATION, text);
    }
}
