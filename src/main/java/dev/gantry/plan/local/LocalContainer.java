package dev.gantry.plan.local;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Value;
import dev.gantry.model.Dependency.Condition;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One container of a local run, resolved: the service it runs (absent for the containers Gantry
 * adds), the catalog instance behind it, and its image; then, with the user's settings laid over the
 * catalog's and Gantry's, its environment (references resolved, secrets as variables), command,
 * mounts and networks, the containers it waits for, its health check and restart policy. The user's other settings (ports, labels, limits, ...) are the service's own.
 */
public record LocalContainer(String name, Role role, Optional<String> description, LocalImage image,
        Optional<Service> service, Optional<CatalogInstance> instance, Map<String, Value> environment,
        Optional<List<Value>> command, Attachments attached, Map<String, Condition> dependsOn,
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
     * What the container is attached to: mounts in compose's {@code source:target[:options]} form,
     * and the networks it joins ({@code default} among them when it joins others too; none when it
     * is on the default network alone).
     */
    public record Attachments(List<String> mounts, List<String> networks) {

        public Attachments {
            mounts = List.copyOf(mounts);
            networks = List.copyOf(networks);
        }
    }

    /**
     * The image reference, and the build target when compose builds it here instead of pulling it,
     * with the build arguments this environment passes.
     */
    public record LocalImage(Value reference, Optional<String> buildTarget, Map<String, String> buildArgs) {

        public LocalImage(Value reference, Optional<String> buildTarget) {
            this(reference, buildTarget, Map.of());
        }
    }
}
