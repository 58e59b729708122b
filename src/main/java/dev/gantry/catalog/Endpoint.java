package dev.gantry.catalog;

import dev.gantry.model.External;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a catalog service is reached: by its service name as a container, or at a managed
 * service's endpoint, whose user, database and password secret then replace the catalog's.
 */
public record Endpoint(String host, OptionalInt port, Optional<String> user, Optional<String> database,
        Optional<String> passwordVariable) {

    public static Endpoint container(String serviceName) {
        return new Endpoint(serviceName, OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public static Endpoint external(External external) {
        return new Endpoint(external.host(), external.port(), external.user(), external.database(),
                external.passwordSecret());
    }
}
