package dev.gantry.diag;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Problems of one environment, gathered per place. Diagnostics keeps one report per code and
 * place, and many of a target's problems share a place (a service has no position per volume or
 * port), so everything found at one place becomes one report: messages joined with "; ", hints one a
 * line.
 */
public final class Findings {

    private record Key(Severity severity, Code code, Position at) {
    }

    private record Texts(Set<String> messages, Set<String> hints) {
    }

    private final Map<Key, Texts> found = new LinkedHashMap<>();

    public void error(Code code, Position at, String message, String hint) {
        add(new Key(Severity.ERROR, code, at), message, hint);
    }

    public void warning(Code code, Position at, String message, String hint) {
        add(new Key(Severity.WARNING, code, at), message, hint);
    }

    public boolean hasErrors() {
        return found.keySet().stream().anyMatch(k -> k.severity() == Severity.ERROR);
    }

    private void add(Key key, String message, String hint) {
        Texts texts = found.computeIfAbsent(key, k -> new Texts(new LinkedHashSet<>(), new LinkedHashSet<>()));
        texts.messages().add(message);
        if (hint != null) {
            texts.hints().add(hint);
        }
    }

    public void reportTo(Diagnostics diagnostics) {
        found.forEach((key, texts) -> {
            String message = String.join("; ", texts.messages());
            String hint = texts.hints().isEmpty() ? null : String.join("\n", texts.hints());
            if (key.severity() == Severity.ERROR) {
                diagnostics.error(key.code(), key.at(), message, hint);
            } else {
                diagnostics.warning(key.code(), key.at(), message, hint);
            }
        });
    }
}
