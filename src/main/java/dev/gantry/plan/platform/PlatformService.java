package dev.gantry.plan.platform;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One entry of {@code .platform/services.yaml}. */
public record PlatformService(String name, Optional<String> description, String type, Optional<Long> disk,
        Optional<Databases> databases, Map<String, String> relationships, Optional<Include> include) {

    /** The databases of a SQL service ({@code schemas} or {@code databases}) and the endpoints that reach them. */
    public record Databases(String listKey, List<String> names, String defaultKey, Map<String, Endpoint> endpoints) {
    }

    /** Credentials with privileges on some databases; the user is the endpoint's name. */
    public record Endpoint(String defaultDatabase, Map<String, String> privileges) {
    }

    /** {@code configuration.<key>: !include {type: string, path: ...}}, the path relative to {@code .platform/}. */
    public record Include(String key, String path) {
    }
}
