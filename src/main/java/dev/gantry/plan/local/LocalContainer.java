package dev.gantry.plan.local;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Value;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container of a local run, resolved: the service it runs (absent for the containers Gantry
 * adds), the catalog instance behind it, and its image; then, with the user's settings laid over the
 * catalog's and Gantry's, its environment (references resolved, secrets as variables), command,
 * mounts in compose's {@code source:target[:ro]} form, the containers it waits for, its health check
 * and restart policy. The user's other settings (ports, labels, limits, ...) are the service's own.
 */
public record LocalContainer(String name, Role role, Optional<String> description, LocalImage image,
        Optional<Service> service, Optional<CatalogInstance> instance, Map<String, Value> environment,
        Optional<List<Value>> command, List<String> mounts, Map<String, Condition> dependsOn,
        Optional<HealthCheck> healthcheck, Optional<String> restart) {

    /** Why the container is there. */
    public enum Role {
        /** A service of environment.yaml. */
        SERVICE,
        /** Runs once, to prepare a service or put data into it, and is not restarted. */
        ONE_SHOT,
        /** Stands in locally for a cloud service (S3). */
        STAND_IN
    }

    /**
     * What a container waits for before it starts, in compose's words ({@code service_healthy});
     * ECS's {@code dependsOn} has the same three as {@code START}, {@code HEALTHY}, {@code SUCCESS}.
     */
    public enum Condition {
        STARTED("service_started"), HEALTHY("service_healthy"), COMPLETED("service_completed_successfully");

        private final String compose;

        Condition(String compose) {
            this.compose = compose;
        }

        public String compose() {
            return compose;
        }
    }

    /** The image reference, and the build target when compose builds it here instead of pulling it. */
    public record LocalImage(Value reference, Optional<String> buildTarget) {
    }
}
