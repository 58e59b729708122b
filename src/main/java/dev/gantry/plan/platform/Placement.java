package dev.gantry.plan.platform;

import dev.gantry.catalog.ServiceType;
import java.util.Optional;

/**
 * What a service of the environment becomes on Platform.sh: an application, a worker of one, a
 * service of {@code services.yaml}, nothing because it is an external endpoint, or nothing because
 * Platform.sh cannot run it (an error was reported).
 */
record Placement(Role role, Optional<String> app, Optional<ServiceType> type) {

    enum Role { APP, WORKER, SERVICE, EXTERNAL, DROPPED }

    static Placement of(Role role) {
        return new Placement(role, Optional.empty(), Optional.empty());
    }

    static Placement worker(String app) {
        return new Placement(Role.WORKER, Optional.of(app), Optional.empty());
    }

    static Placement service(ServiceType type) {
        return new Placement(Role.SERVICE, Optional.empty(), Optional.of(type));
    }

    /** An application or a service: something a relationship can lead to. */
    boolean reachable() {
        return role == Role.APP || role == Role.SERVICE;
    }
}
