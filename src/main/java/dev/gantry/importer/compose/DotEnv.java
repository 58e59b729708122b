package dev.gantry.importer.compose;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import dev.gantry.importer.source.SourceYaml;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The variables of a compose project's {@code .env} file, read as Compose reads it: {@code KEY=value}
 * lines, an optional {@code export}, comments, single quotes (literal), double quotes (escapes), an
 * unquoted value ending at {@code " #"}, and {@code ${VAR}} / {@code ${VAR:-default}} referring to
 * variables above. Variables of the shell are not read: import gives the same result on every machine.
 */
public record DotEnv(Map<String, Variable> variables) {

    /** A variable's value and where it was set. */
    public record Variable(String name, String value, Origin origin) {
    }

    public static final DotEnv EMPTY = new DotEnv(Map.of());

    public DotEnv {
        variables = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variables));
    }

    /** The file's variables, or none when it does not exist. */
    public static DotEnv read(Path file, String displayName) throws InputError {
        if (!Files.isRegularFile(file)) {
            return EMPTY;
        }
        return parse(SourceYaml.text(file, displayName), displayName);
    }

    public static DotEnv parse(String text, String displayName) throws InputError {
        Map<String, Variable> out = new LinkedHashMap<>();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int column = line.indexOf(trimmed) + 1;
            if (trimmed.startsWith("export ")) {
                trimmed = trimmed.substring("export ".length()).stripLeading();
            }
            int eq = trimmed.indexOf('=');
            if (eq < 0) {
                continue; // a name alone sets nothing
            }
            String name = trimmed.substring(0, eq).strip();
            Origin at = new Origin(displayName, i + 1, column);
            if (!name.matches("[A-Za-z0-9_.-]+")) {
                throw new InputError(at, Problem.DOTENV_NAME, name);
            }
            String rest = trimmed.substring(eq + 1).stripLeading();
            StringBuilder value = new StringBuilder();
            if (rest.startsWith("'") || rest.startsWith("\"")) {
                char quote = rest.charAt(0);
                StringBuilder raw = new StringBuilder(rest.substring(1));
                int end = closing(raw, quote);
                while (end < 0 && i + 1 < lines.length) {
                    raw.append('\n').append(lines[++i]);
                    end = closing(raw, quote);
                }
                if (end < 0) {
                    throw new InputError(at, Problem.DOTENV_UNCLOSED_QUOTE, name);
                }
                String body = raw.substring(0, end);
                value.append(quote == '\'' ? body : expand(unescape(body), out));
            } else {
                int comment = rest.indexOf(" #");
                String body = (comment >= 0 ? rest.substring(0, comment) : rest).strip();
                value.append(expand(body, out));
            }
            out.put(name, new Variable(name, value.toString(), at));
        }
        return new DotEnv(out);
    }

    public Optional<Variable> get(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /** The values by name. */
    public Map<String, String> values() {
        Map<String, String> out = new LinkedHashMap<>();
        variables.forEach((k, v) -> out.put(k, v.value()));
        return out;
    }

    private static int closing(CharSequence text, char quote) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && quote == '"') {
                i++;
            } else if (c == quote) {
                return i;
            }
        }
        return -1;
    }

    private static String unescape(String body) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\\' && i + 1 < body.length()) {
                char next = body.charAt(++i);
                out.append(switch (next) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code ${VAR}}, {@code ${VAR:-default}} and {@code $VAR} from the variables above. */
    private static String expand(String text, Map<String, Variable> above) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '$' && i + 1 < text.length() && text.charAt(i + 1) == '{') {
                int end = text.indexOf('}', i);
                if (end > 0) {
                    String inner = text.substring(i + 2, end);
                    int sep = inner.indexOf(":-");
                    String name = sep >= 0 ? inner.substring(0, sep) : inner;
                    Variable v = above.get(name);
                    out.append(v != null && !(sep >= 0 && v.value().isEmpty()) ? v.value()
                            : sep >= 0 ? inner.substring(sep + 2) : "");
                    i = end + 1;
                    continue;
                }
            }
            if (c == '$' && i + 1 < text.length() && (Character.isLetter(text.charAt(i + 1))
                    || text.charAt(i + 1) == '_')) {
                int end = i + 1;
                while (end < text.length() && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                Variable v = above.get(text.substring(i + 1, end));
                out.append(v == null ? "" : v.value());
                i = end;
                continue;
            }
            out.append(c);
            i++;
        }
        return out.toString();
    }
}
