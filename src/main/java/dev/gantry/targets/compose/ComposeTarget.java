package dev.gantry.targets.compose;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Port;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.local.LocalFiles;
import dev.gantry.plan.local.LocalRun;
import dev.gantry.render.Quote;
import dev.gantry.render.RawMerge;
import dev.gantry.render.YamlWriter;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * docker-compose files, one per environment that lists the {@code compose} target, each complete
 * and readable on its own; {@code .env.example}, listing every variable they read from .env; the
 * configuration files of catalog services and the etcd seed script they mount. A service that is
 * {@code external} in an environment runs no container there: the services that reference it get
 * its managed endpoint.
 */
public final class ComposeTarget implements Target {

    private static final Quote QUOTE = new Quote();
    private static final YamlWriter YAML = new YamlWriter(QUOTE::compose,
            value -> ComposeDocument.value(value.value(), QUOTE));

    @Override
    public String name() {
        return "compose";
    }

    @Override
    public Optional<ArtifactSummary> summary() {
        return Optional.of(new DatabaseVolumes());
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        Project project = plan.project();
        List<ArtifactPlan> plans = new ArrayList<>();
        Map<String, TreeSet<String>> variables = new TreeMap<>();
        Map<String, String> descriptions = new TreeMap<>();
        Map<String, String> placeholders = new TreeMap<>();
        for (EnvironmentPlan envPlan : scope.using(plan, name())) {
            Environment env = envPlan.env();
            check(env, diagnostics);
            LocalRun run = envPlan.local().orElseThrow();
            run.variables().forEach((v, dotEnv) -> {
                variables.computeIfAbsent(v, k -> new TreeSet<>()).add(env.id());
                descriptions.putIfAbsent(v, dotEnv.description());
                placeholders.putIfAbsent(v, placeholder(v, dotEnv));
            });
            Map<String, Object> file = new LinkedHashMap<>();
            file.put("environment", env.id());
            file.put("kind", env.kind().label());
            env.description().ifPresent(d -> file.put("description", d));
            env.branch().ifPresent(b -> file.put("branch", b));
            file.put("profile", env.profile().label());
            file.put("projectName", run.projectName());
            RawMerge.Result raw = new RawMerge.Result();
            file.put("body", YAML.write(ComposeDocument.of(run, env.settings().raw(), raw)));
            String path = ArtifactPaths.composeFile(env.id());
            raw.warn(diagnostics::report, path);
            plans.add(new ArtifactPlan(path, "compose/compose.yaml.ftl", Map.of("project", project, "file", file),
                    ArtifactFormat.YAML, "environment " + env.id(), RawContent.keys(raw.keys())));
            plans.addAll(configFiles(project, envPlan));
            envPlan.etcdSeed().ifPresent(seed -> plans.add(seedScript(project, env, seed)));
        }
        if (!plans.isEmpty()) {
            plans.add(new ArtifactPlan(".env.example", "compose/env.example.ftl",
                    Map.of("project", project, "variables", variables, "descriptions", descriptions,
                            "placeholders", placeholders),
                    ArtifactFormat.TEXT, "the compose files"));
        }
        return plans;
    }

    /**
     * The line of a variable in .env.example: its default as the value; a value that cannot be mistaken
     * for a real one (a version for the image tag, else change-me); commented out when the stack runs
     * without it.
     */
    private static String placeholder(String name, LocalRun.DotEnv variable) {
        if (variable.fallback().isPresent()) {
            return name + "=" + variable.fallback().get();
        }
        if (!variable.required()) {
            return "# " + name + "=";
        }
        return name + "=" + (name.equals(LocalRun.IMAGE_TAG) ? "0.0.0" : "change-me");
    }

    /** The configuration files Gantry generates for the catalog services of an environment. */
    private static List<ArtifactPlan> configFiles(Project project, EnvironmentPlan plan) {
        Environment env = plan.env();
        List<ArtifactPlan> plans = new ArrayList<>();
        for (Service service : env.services().values()) {
            if (service.isExternal()) {
                continue;
            }
            Optional<CatalogInstance> instance = plan.connections().instance(service);
            instance.flatMap(i -> i.entry().configFile()).ifPresent(file -> {
                if (LocalFiles.own(Optional.of(service), file).isPresent()) {
                    return;
                }
                Service backend = service.placement().inFrontOf().map(f -> env.services().get(f.value()))
                        .orElse(null);
                int port = backend == null ? 80
                        : backend.network().ports().stream().findFirst().map(Port::target).orElse(80);
                plans.add(new ArtifactPlan(LocalFiles.configFile(env, service.id(), file, Optional.of(service)),
                        file.template(),
                        Map.of("project", project, "environment", env.id(), "service", service.id(),
                                "backendHost", backend == null ? "" : backend.id(), "backendPort", port,
                                "cacheMiB", instance.get().setting("memory").orElse("256")),
                        ArtifactFormat.TEXT, "service " + service.id() + " of environment " + env.id()));
            });
        }
        return plans;
    }

    /** {@code docker/<env>/<etcd>/seed.sh}: puts the components' keys into etcd, and runs on its own too. */
    private static ArtifactPlan seedScript(Project project, Environment env, EtcdSeed seed) {
        return new ArtifactPlan(LocalFiles.etcdSeed(env, seed), "compose/etcd-seed.sh.ftl",
                Map.of("project", project, "environment", env.id(), "etcd", seed.etcd().id(), "keys", seed.keys(),
                        "components", seed.components(), "authentication", seed.enablesAuthentication()),
                ArtifactFormat.SHELL, "the etcd seed of environment " + env.id());
    }

    /** Two containers cannot publish the same host port. */
    private static void check(Environment env, Diagnostics diagnostics) {
        for (Service service : env.services().values()) {
            boolean publishes = service.network().ports().stream().anyMatch(p -> p.published().isPresent());
            if (publishes && service.options().replicas().isPresent() && service.options().replicas().getAsInt() > 1) {
                Port port = service.network().ports().stream().filter(p -> p.published().isPresent()).findFirst()
                        .orElseThrow();
                diagnostics.report(Problem.REPLICAS_SHARE_HOST_PORT, service.name().at(), service.id(),
                        service.options().replicas().getAsInt(), env.id(), port.published().getAsInt());
            }
        }
    }
}
