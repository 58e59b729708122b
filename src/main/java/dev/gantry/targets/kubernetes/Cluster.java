package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.diag.Findings;
import dev.gantry.model.Dependency;
import dev.gantry.model.Environment;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Image;
import dev.gantry.model.Port;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.kubernetes.KubernetesSettings;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.plan.local.LocalRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One environment while its manifests are built: its settings and cluster run, and what the
 * containers turned out to need (built images, secrets, Jobs to wait for, shared volumes), which the
 * kustomization, the RBAC and the README then say.
 */
final class Cluster {

    final Project project;
    final Environment env;
    final EnvironmentPlan plan;
    final LocalRun run;
    final KubernetesSettings settings;
    final Findings findings;
    /** Built images the containers run: image -> the name the manifests give it, which kustomize replaces. */
    final Map<String, String> builtImages = new TreeMap<>();
    /** Keys of the environment's Secret that a container reads: key -> what it holds. */
    final Map<String, String> secretKeys = new TreeMap<>();
    /** Who reads each key of the Secret. */
    final Map<String, Set<String>> secretReaders = new TreeMap<>();
    /** The Jobs some container waits for, which the waiting pods may read. */
    final Set<String> waitedJobs = new LinkedHashSet<>();
    /** Volumes that several services mount, claimed once for all of them. */
    final Map<String, Optional<String>> sharedVolumes = new TreeMap<>();
    /** Generated files a ConfigMap holds: ConfigMap -> (key -> path in the folder). */
    final Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();

    Cluster(Project project, EnvironmentPlan plan, Findings findings) {
        this.project = project;
        this.env = plan.env();
        this.plan = plan;
        this.run = plan.cluster().orElseThrow();
        this.settings = env.settings().kubernetes().orElseThrow();
        this.findings = findings;
    }

    String named() {
        return "environment `" + env.id() + "`";
    }

    /**
     * Whether {@code c} runs once, as a Job: a one-shot Gantry adds, or a service another waits for
     * until it completes ({@code service_completed_successfully}), which compose does not restart.
     */
    boolean runsOnce(LocalContainer c) {
        return c.role() == LocalContainer.Role.ONE_SHOT || run.containers().stream()
                .anyMatch(other -> other.dependsOn().get(c.name()) == Dependency.Condition.COMPLETED);
    }

    Optional<LocalContainer> container(String name) {
        return run.containers().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** The networks a container joins: the service's, else compose's default one (Gantry's own containers too). */
    static List<String> networks(LocalContainer c) {
        List<String> named = c.service().map(s -> s.network().networks()).orElse(List.of());
        return named.isEmpty() ? List.of(Labels.DEFAULT_NETWORK) : named;
    }

    /** The ports a container listens on: the service's, then its catalog kind's, each once. */
    static List<Port> ports(LocalContainer c) {
        Map<String, Port> out = new LinkedHashMap<>();
        c.service().ifPresent(s -> s.network().ports().forEach(p -> out.putIfAbsent(key(p), p)));
        c.instance().ifPresent(i -> {
            List<Integer> ports = new ArrayList<>(List.of(i.entry().port()));
            ports.addAll(i.entry().container().extraPorts());
            ports.forEach(p -> {
                Port port = new Port(p, java.util.OptionalInt.empty(), Optional.empty(), Port.Protocol.TCP);
                out.putIfAbsent(key(port), port);
            });
        });
        return List.copyOf(out.values());
    }

    private static String key(Port port) {
        return port.target() + "/" + port.protocol().value();
    }

    /** The service's health check laid over its image's or catalog kind's, field by field. */
    Optional<HealthCheck> healthCheck(LocalContainer c) {
        Optional<HealthCheck> base = c.instance().flatMap(CatalogInstance::healthcheck)
                .or(() -> c.service().flatMap(Service::builtImage).map(project.images()::get)
                        .flatMap(Image::healthcheck));
        return HealthCheck.merge(c.service().flatMap(s -> s.options().healthcheck()), base);
    }

    /** A variable of the Secret that {@code reader} reads. */
    void readsSecret(String key, String reader) {
        secretKeys.putIfAbsent(key, Optional.ofNullable(run.variables().get(key)).map(LocalRun.DotEnv::description)
                .orElse("secret " + key));
        secretReaders.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(reader);
    }
}
