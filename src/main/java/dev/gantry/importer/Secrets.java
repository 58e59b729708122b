package dev.gantry.importer;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The secrets import found: credentials written literally or read from {@code .env}. Their names go
 * into environment.yaml; their values never do. A secret has a value per environment, as each
 * environment's .env gives it; verify hands those values to each environment's generated compose
 * file, so that both sides resolve to the same settings.
 */
public final class Secrets {

    /** The value verify gives a secret the originals left empty, which the generated files require. */
    public static final String UNSET = "gantry-verify";

    /** A declared secret, and where its value was first found. */
    public record Secret(String name, String description, Origin origin) {
    }

    private final Map<String, Secret> declared = new LinkedHashMap<>();
    private final Map<String, Map<String, String>> values = new LinkedHashMap<>();
    private final Map<String, Set<String>> fromEnv = new LinkedHashMap<>();

    /**
     * Declares a secret of environment {@code env} under {@code preferred}, or under a name made from
     * {@code fallbackPrefix} when that name holds another value in the same environment; returns the
     * name given. Other environments may give the same name other values.
     */
    public String declare(String env, String preferred, String fallbackPrefix, String value, String description,
            Origin origin) {
        Map<String, String> own = values.computeIfAbsent(env, e -> new LinkedHashMap<>());
        String name = preferred;
        for (int n = 1; own.containsKey(name) && !own.get(name).equals(value); n++) {
            name = fallbackPrefix + "_" + preferred + (n > 1 ? "_" + n : "");
        }
        own.put(name, value);
        declared.putIfAbsent(name, new Secret(name, description, origin));
        return name;
    }

    /** A variable environment {@code env}'s generated compose file reads from .env that is no declared secret (a catalog credential). */
    public void variable(String env, String name, String value) {
        values.computeIfAbsent(env, e -> new LinkedHashMap<>()).putIfAbsent(name, value);
    }

    /** A variable a setting of environment {@code env} reads with {@code from_env}: verify gives it the original's value, or none. */
    public void readFromEnv(String env, String name) {
        fromEnv.computeIfAbsent(env, e -> new java.util.TreeSet<>()).add(name);
    }

    public Set<String> readFromEnv(String env) {
        return fromEnv.getOrDefault(env, Set.of());
    }

    public Map<String, Secret> declared() {
        return Map.copyOf(declared);
    }


    /** Every value environment {@code env}'s generated files read from .env, by variable; empty ones as {@link #UNSET}. */
    public Map<String, String> dotEnv(String env) {
        Map<String, String> out = new LinkedHashMap<>();
        values.getOrDefault(env, Map.of()).forEach((name, value) -> out.put(name, value.isEmpty() ? UNSET : value));
        return out;
    }

    /** Every value of every environment: what no output may show. */
    public Set<String> allValues() {
        Set<String> out = new LinkedHashSet<>();
        values.values().forEach(m -> out.addAll(m.values()));
        out.remove("");
        return out;
    }

    /** The declared secrets in the order they were found. */
    public Iterable<Secret> inOrder() {
        return declared.values();
    }
}
