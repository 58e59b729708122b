package dev.gantry.diag;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Problems of one environment, gathered per place. Diagnostics keeps one report per id and place,
 * and many of a target's problems share a place (a service has no position per volume or port), so
 * everything found under one id at one place becomes one report: messages joined with "; ", hints
 * one a line.
 */
public final class Findings {

    private record Key(Problem id, Position at) {
    }

    private record Texts(Set<String> messages, Set<String> hints) {
    }

    private final Map<Key, Texts> found = new LinkedHashMap<>();

    /** {@code problem} found at {@code at}, with a value for each placeholder (as {@link Diagnostics#report}). */
    public void report(Problem problem, Position at, Object... values) {
        Diagnostic d = problem.at("", at == null ? Position.UNKNOWN : at, values);
        add(new Key(problem, d.position()), d.message(), d.hint());
    }

    public boolean hasErrors() {
        return found.keySet().stream().anyMatch(k -> k.id().severity() == Severity.ERROR);
    }

    private void add(Key key, String message, String hint) {
        Texts texts = found.computeIfAbsent(key, k -> new Texts(new LinkedHashSet<>(), new LinkedHashSet<>()));
        texts.messages().add(message);
        if (hint != null) {
            texts.hints().add(hint);
        }
    }

    public void reportTo(Diagnostics diagnostics) {
        found.forEach((key, texts) -> diagnostics.add(new Diagnostic(key.id().severity(), key.id(),
                diagnostics.file(), key.at(), String.join("; ", texts.messages()),
                texts.hints().isEmpty() ? null : String.join("\n", texts.hints()))));
    }
}
