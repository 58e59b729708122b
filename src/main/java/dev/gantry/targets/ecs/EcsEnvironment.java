package dev.gantry.targets.ecs;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.catalog.Endpoint;
import dev.gantry.diag.Findings;
import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ecs.TaskLayout;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One ECS environment while its task definitions are built: its settings and task layout, and
 * what the containers turned out to need (secrets, ECR pulls, image tags), which decides the
 * settings the environment must have.
 */
final class EcsEnvironment {

    private static final Pattern ECR =
            Pattern.compile("^[0-9]{12}\\.dkr\\.ecr(-fips)?\\.[a-z0-9-]+\\.amazonaws\\.com(\\.cn)?/.*");

    final Project project;
    final Environment env;
    final EcsSettings settings;
    final TaskLayout layout;
    final Findings findings;
    final SecretArns secrets;
    /** Built images that run here with neither a tag nor a digest. */
    final Set<String> untagged = new LinkedHashSet<>();
    /** {@code service -> dependency} edges of depends_on between tasks, which a task definition cannot say. */
    final Set<String> crossTask = new LinkedHashSet<>();
    /** Where each named volume without EFS is used: volume -> (task -> the first service that mounts it). */
    final Map<String, Map<String, Position>> taskVolumes = new LinkedHashMap<>();
    /** The volumes of {@code ecs.volumes} that a container mounts. */
    final Set<String> efsMounted = new LinkedHashSet<>();
    private boolean pullsFromEcr;

    EcsEnvironment(Project project, EnvironmentPlan plan, Findings findings) {
        this.project = project;
        this.env = plan.env();
        this.settings = env.settings().ecs().orElseThrow();
        this.layout = plan.ecsTasks();
        this.findings = findings;
        this.secrets = new SecretArns(env, settings, findings);
    }


    /**
     * How {@code from} reaches other services: at localhost within its task when the containers
     * share its network (awsvpc, host), else as Connections says (by name; in bridge mode through links).
     */
    Connections connectionsFrom(Service from) {
        return new Connections(env.services(), target -> sharesNetwork() && layout.sameTask(from, target)
                ? Endpoint.container("localhost") : Connections.endpoint(target));
    }

    /** Whether the containers of a task share one network namespace. */
    boolean sharesNetwork() {
        return settings.networkMode().value() != EcsSettings.NetworkMode.BRIDGE;
    }

    /** The catalog instance of a service as it sees itself. */
    Optional<CatalogInstance> instance(Service service) {
        return new Connections(env.services()).instance(service);
    }

    /** The service's health check: its own settings over its image's or catalog kind's check. */
    Optional<HealthCheck> healthCheck(Service service) {
        Optional<HealthCheck> base = instance(service).flatMap(CatalogInstance::healthcheck)
                .or(() -> service.builtImage().flatMap(project::healthcheck));
        return HealthCheck.merge(service.options().healthcheck(), base);
    }

    boolean hasHealthCheck(Service service) {
        return healthCheck(service).filter(h -> !h.disabled() && h.test().isPresent()).isPresent();
    }

    void pulls(String image) {
        pullsFromEcr |= ECR.matcher(image).matches();
    }

    boolean pullsFromEcr() {
        return pullsFromEcr;
    }
}
