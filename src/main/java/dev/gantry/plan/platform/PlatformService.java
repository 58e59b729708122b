package dev.gantry.plan.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One service of Platform.sh's {@code services.yaml} or Upsun's {@code services}. */
public record PlatformService(String name, Optional<String> description, String type, Optional<Long> disk,
        Map<String, String> relationships, Configuration configuration) {

    /**
     * Its {@code configuration}: the databases and endpoints of a SQL service, a configuration file
     * by {@code !include}, Redis's eviction policy, Solr's configuration sets (folders by
     * {@code !archive}), cores and endpoints. Paths are relative to the folder of the services file.
     */
    public record Configuration(Optional<Databases> databases, Optional<Include> include,
            Optional<String> maxmemoryPolicy, Map<String, String> configsets, Map<String, Core> cores,
            Map<String, String> endpoints) {

        public static final Configuration NONE = new Configuration(Optional.empty(), Optional.empty(),
                Optional.empty(), Map.of(), Map.of(), Map.of());
    }

    /** The databases of a SQL service ({@code schemas} or {@code databases}) and the endpoints that reach them. */
    public record Databases(String listKey, List<String> names, String defaultKey, Map<String, Endpoint> endpoints) {
    }

    /** Credentials with privileges on some databases; the user is the endpoint's name. */
    public record Endpoint(String defaultDatabase, Map<String, String> privileges) {
    }

    /** {@code configuration.<key>: !include {type: string, path: ...}}. */
    public record Include(String key, String path) {
    }

    /** A Solr core: its configuration folder, and the lines of its {@code core.properties}. */
    public record Core(Optional<String> confDir, Map<String, String> properties) {
    }
}
