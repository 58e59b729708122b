package dev.gantry.importer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets import found: credentials written literally or read from {@code .env}. Their names go
 * into environment.yaml; their values never do. Verify hands the values to the generated compose
 * files through a {@code .env} of its own, so that both sides resolve to the same settings.
 */
public final class Secrets {

    /** A declared secret, its value, and where the value came from. */
    public record Secret(String name, String value, String description, Origin origin) {
    }

    private final Map<String, Secret> declared = new LinkedHashMap<>();
    private final Map<String, String> variables = new LinkedHashMap<>();

    /**
     * Declares a secret under {@code preferred}, or under a name made from {@code fallbackPrefix}
     * when that name holds another value already; returns the name given.
     */
    public String declare(String preferred, String fallbackPrefix, String value, String description, Origin origin) {
        Secret existing = declared.get(preferred);
        if (existing == null || existing.value().equals(value)) {
            declared.putIfAbsent(preferred, new Secret(preferred, value, description, origin));
            return preferred;
        }
        String name = fallbackPrefix + "_" + preferred;
        for (int n = 2; declared.containsKey(name) && !declared.get(name).value().equals(value); n++) {
            name = fallbackPrefix + "_" + preferred + "_" + n;
        }
        declared.putIfAbsent(name, new Secret(name, value, description, origin));
        return name;
    }

    /** A variable the generated compose files read from .env that is no declared secret (a catalog credential). */
    public void variable(String name, String value) {
        variables.putIfAbsent(name, value);
    }

    public Map<String, Secret> declared() {
        return Map.copyOf(declared);
    }

    public Optional<Secret> get(String name) {
        return Optional.ofNullable(declared.get(name));
    }

    /** Every value the generated files read from .env, by variable: the secrets, then the catalog's credentials. */
    public Map<String, String> dotEnv() {
        Map<String, String> out = new LinkedHashMap<>();
        declared.forEach((name, s) -> out.put(name, s.value()));
        variables.forEach(out::putIfAbsent);
        return out;
    }

    /** The declared secrets in the order they were found. */
    public Iterable<Secret> inOrder() {
        return declared.values();
    }
}
