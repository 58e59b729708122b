package dev.gantry.catalog;

import dev.gantry.load.YMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One kind of the service catalog, as catalog.yaml describes it. */
public record CatalogEntry(String kind, String description, String category, String image, String tag,
        List<String> versions, boolean fullVersion, int port, List<Integer> extraPorts, Optional<String> data,
        Map<String, String> defaults, List<String> extraSettings, List<String> secrets, Map<String, String> env, List<String> command,
        Optional<HealthTemplate> healthcheck, Map<String, String> connection, Optional<ConfigFile> configFile,
        boolean inFront, Optional<InitTemplate> init, YMap raw) {

    private static final Pattern PATCH = Pattern.compile("\\.[0-9]+");

    public record HealthTemplate(List<String> test, Optional<String> interval, Optional<String> timeout,
            Optional<Integer> retries, Optional<String> startPeriod) {
    }

    /** A configuration file generated from {@code template} (or given by the user as {@code config.<key>}). */
    public record ConfigFile(String key, String template, String name, String mount) {
    }

    /** A one-shot container that prepares the service once it is healthy (e.g. creates a bucket). */
    public record InitTemplate(String image, String tag, Map<String, String> env, List<String> command) {
    }

    /** Whether the catalog supports {@code version}: a listed line, or a line plus a patch number. */
    public boolean supports(String version) {
        for (String line : versions) {
            if (version.equals(line) && !fullVersion) {
                return true;
            }
            if (version.startsWith(line) && PATCH.matcher(version.substring(line.length())).matches()) {
                return true;
            }
        }
        return false;
    }

    /** The settings users may give under {@code config:} for this kind. */
    public List<String> settings() {
        java.util.Set<String> keys = new java.util.TreeSet<>(defaults.keySet());
        configFile.ifPresent(f -> keys.add(f.key()));
        data.ifPresent(d -> keys.add("disk"));
        keys.addAll(extraSettings);
        return List.copyOf(keys);
    }

    /** A target-specific block of the entry (e.g. {@code platformsh:}), for targets that map kinds. */
    public Optional<YMap> extra(String key) {
        return raw.get(key).filter(YMap.class::isInstance).map(YMap.class::cast);
    }
}
