package dev.gantry.target.compose;

import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Port;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.target.ArtifactFormat;
import dev.gantry.target.ArtifactPlan;
import dev.gantry.target.ArtifactSummary;
import dev.gantry.target.Scope;
import dev.gantry.target.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * docker-compose files, one per environment that lists the {@code compose} target, each complete
 * and readable on its own; and {@code .env.example}, listing every variable they read from .env.
 * A service that is {@code external} in an environment runs no container there: the services that
 * reference it get its managed endpoint.
 */
public final class ComposeTarget implements Target {

    /** The variable compose files read the tag of the project's images from. */
    public static final String IMAGE_TAG = ComposeFileBuilder.IMAGE_TAG;

    private static final String FILE_PREFIX = "docker-compose.";
    private static final String FILE_SUFFIX = ".yml";

    /** The compose file of an environment, at the root of the output folder. */
    public static String fileName(String environment) {
        return FILE_PREFIX + environment + FILE_SUFFIX;
    }

    /** The named volume a catalog service keeps its data in. */
    public static String dataVolume(String service) {
        return service + "-data";
    }

    /** The environment whose compose file is at {@code path}, when it is one. */
    static Optional<String> environmentOf(String path) {
        return path.startsWith(FILE_PREFIX) && path.endsWith(FILE_SUFFIX) && !path.contains("/")
                && path.length() > FILE_PREFIX.length() + FILE_SUFFIX.length()
                ? Optional.of(path.substring(FILE_PREFIX.length(), path.length() - FILE_SUFFIX.length()))
                : Optional.empty();
    }

    /** The compose project name of an environment: {@code -p} for every docker-compose command. */
    public static String projectName(Project project, Environment env) {
        return ComposeSettings.of(project, env).projectName();
    }

    /** The services the compose file of an environment runs, generated stand-ins included. */
    public static List<String> serviceNames(Project project, Environment env) {
        return ComposeFileBuilder.serviceNames(project, env);
    }

    /** The variables the compose file of an environment reads from .env (or the shell), sorted. */
    public static SortedSet<String> variables(Project project, Environment env) {
        return new TreeSet<>(new ComposeFileBuilder(project, env, ComposeSettings.of(project, env)).build().variables()
                .keySet());
    }

    /** The bucket of the environment's local S3 stand-in, when it has one (dev and test with S3 storage). */
    public static Optional<String> s3StandInBucket(Environment env) {
        return StorageStandIn.s3(env).flatMap(s3 -> s3.setting("bucket"));
    }

    /** Where app containers mount the environment's NFS storage, when it has NFS storage. */
    public static Optional<String> nfsMountPath(Environment env) {
        return StorageStandIn.nfsMount(env).map(mount -> mount.substring(StorageStandIn.VOLUME.length() + 1));
    }

    @Override
    public String name() {
        return "compose";
    }

    @Override
    public Optional<ArtifactSummary> summary() {
        return Optional.of(new DatabaseVolumes());
    }

    @Override
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        List<ArtifactPlan> plans = new ArrayList<>();
        Map<String, TreeSet<String>> variables = new TreeMap<>();
        Map<String, String> descriptions = new TreeMap<>();
        for (Environment env : scope.using(project, name())) {
            check(env, diagnostics);
            ComposeFile file = new ComposeFileBuilder(project, env, ComposeSettings.of(project, env)).build();
            file.variables().forEach((v, description) -> {
                variables.computeIfAbsent(v, k -> new TreeSet<>()).add(env.id());
                descriptions.putIfAbsent(v, description);
            });
            plans.add(new ArtifactPlan(fileName(env.id()), "compose/compose.yaml.ftl",
                    Map.of("project", project, "file", file, "cs", new ComposeSyntax()), ArtifactFormat.YAML,
                    "environment " + env.id()));
            plans.addAll(ConfigFiles.plans(project, env, new Connections(env.services())));
            EtcdSeed.of(project, env).ifPresent(seed -> plans.add(EtcdSeedService.plan(project, env, seed)));
        }
        if (!plans.isEmpty()) {
            plans.add(new ArtifactPlan(".env.example", "compose/env.example.ftl",
                    Map.of("project", project, "variables", variables, "descriptions", descriptions,
                            "placeholders", placeholders(variables.keySet())),
                    ArtifactFormat.TEXT, "the compose files"));
        }
        return plans;
    }

    /** Values that cannot be mistaken for real ones: a version for the image tag, else change-me. */
    private static Map<String, String> placeholders(java.util.Set<String> names) {
        Map<String, String> out = new TreeMap<>();
        names.forEach(n -> out.put(n, n.equals(ComposeFileBuilder.IMAGE_TAG) ? "0.0.0" : "change-me"));
        return out;
    }

    /** Two containers cannot publish the same host port. */
    private static void check(Environment env, Diagnostics diagnostics) {
        for (Service service : env.services().values()) {
            boolean publishes = service.ports().stream().anyMatch(p -> p.published().isPresent());
            if (publishes && service.replicas().isPresent() && service.replicas().getAsInt() > 1) {
                Port port = service.ports().stream().filter(p -> p.published().isPresent()).findFirst().orElseThrow();
                diagnostics.error(Code.TARGET_CONFIG, service.name().at(),
                        "service `" + service.id() + "` runs " + service.replicas().getAsInt()
                                + " replicas in environment `" + env.id() + "` but publishes host port "
                                + port.published().getAsInt() + ", which only one container can bind",
                        "drop the published port and put a web server or HTTP cache in front, or run one replica");
            }
        }
    }
}
