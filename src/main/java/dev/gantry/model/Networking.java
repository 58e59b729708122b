package dev.gantry.model;

import java.util.List;
import java.util.Map;

/** How a service is reached and what it waits for: ports, networks, extra host names, dependencies. */
public record Networking(List<Port> ports, List<String> networks, Map<String, String> extraHosts,
        List<Dependency> dependsOn) {
}
