package dev.gantry.targets.pipelines;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.pipelines.EnvironmentPipelineSettings;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.model.pipelines.RegistryLogin;
import dev.gantry.model.pipelines.Rollout;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The deploy jobs of the main-branch workflow: push the images, register the task definitions the
 * ecs target generated, and roll each ECS service out with its strategy.
 */
final class DeployJobs {

    /** One job; {@code approvalEnvironment} is empty when the job does not wait for approval. */
    public record Job(String environment, String id, List<String> needs, String approvalEnvironment, String awsRole,
            String region, String cluster, LoginStep login, List<String> images, List<ServiceRollout> services) {
    }

    /** One ECS service: rolling (with its percentages) or blue-green (with its CodeDeploy names and port). */
    public record ServiceRollout(String service, String taskDefinition, String ecsService, boolean blueGreen,
            int minHealthyPercent, int maxPercent, String application, String deploymentGroup, int port) {
    }

    /** What {@link #rollout} records of the environment-level settings it used. */
    private static final String ROLLING_USED = "rolling";
    private static final String SHARED_CODEDEPLOY_USED = "shared codedeploy";

    private static final Rollout NONE = new Rollout(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty());

    private final Project project;
    private final PipelineSettings settings;
    private final Diagnostics diagnostics;

    DeployJobs(Project project, PipelineSettings settings, Diagnostics diagnostics) {
        this.project = project;
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    /** The services that name an ECS task of the environment: each has a task definition and an ECS service. */
    static List<Service> deployable(EnvironmentPlan plan) {
        return plan.ecsTasks().tasks().stream().map(task -> task.main()).toList();
    }

    /** The images of this project that the containers of the environment's tasks run. */
    static List<String> images(Environment env) {
        return env.services().values().stream().filter(s -> !s.isExternal())
                .flatMap(s -> s.builtImage().stream()).distinct().toList();
    }

    Optional<Job> plan(EnvironmentPipeline pipeline, List<String> needs) {
        if (pipeline.deploy().isEmpty()) {
            return Optional.empty();
        }
        Environment env = pipeline.environment();
        EnvironmentPipelineSettings.Deploy deploy = pipeline.deploy().get();

        if (!env.uses("ecs")) {
            diagnostics.warning(Code.MISSING_TARGET, deploy.at(),
                    "environment `" + env.id() + "` does not list the `ecs` target, so the task definitions its"
                            + " deploy registers (" + ArtifactPaths.ecsTaskDefinition(env.id(), "<service>") + ") must be written by hand",
                    "add `ecs` to `environments." + env.id() + ".targets` to have them generated");
        }
        List<String> images = images(env);
        Optional<LoginStep> login = images.isEmpty() ? Optional.of(LoginStep.NONE) : login(env, deploy);
        Optional<String> region = deploy.region()
                .or(() -> env.settings().ecs().flatMap(ecs -> ecs.aws().region()).map(Located::value))
                .or(() -> project.registry().flatMap(r -> Registry.of(r).ecrRegion()));
        if (region.isEmpty()) {
            diagnostics.error(Code.TARGET_CONFIG, deploy.at(),
                    "the deploy of environment `" + env.id() + "` does not say which AWS region the cluster is in",
                    "set `deploy.region` (or `ecs.region` of the environment)");
        }
        if (deploy.approvalEnvironment().isEmpty() && env.kind() == EnvironmentKind.PROD) {
            diagnostics.warning(Code.UNAPPROVED_DEPLOY, deploy.at(),
                    "production environment `" + env.id() + "` is deployed without waiting for an approval",
                    "add `approval: {environment: production}` and give that GitHub environment required reviewers");
        }
        List<ServiceRollout> services = rollouts(pipeline.plan(), deploy);
        if (region.isEmpty() || login.isEmpty() || services.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Job(env.id(), "deploy-" + env.id(), needs, deploy.approvalEnvironment().orElse(""),
                deploy.awsRole(), region.get(), deploy.cluster(), login.get(), images, services));
    }

    /** Deploy jobs push with their own role on ECR, else with the secrets of {@code registry_login}. */
    private Optional<LoginStep> login(Environment env, EnvironmentPipelineSettings.Deploy deploy) {
        if (project.registry().isEmpty()) {
            diagnostics.error(Code.TARGET_CONFIG, deploy.at(),
                    "environment `" + env.id() + "` deploys images built here, but `project.registry` names no"
                            + " registry to push them to",
                    "set `project.registry`, e.g. `123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme` for ECR");
            return Optional.empty();
        }
        Registry registry = Registry.of(project.registry().get());
        if (settings.registryLogin().orElse(null) instanceof RegistryLogin.Password secrets) {
            return Optional.of(LoginStep.password(registry.host(), secrets));
        }
        if (registry.isEcr()) {
            return Optional.of(LoginStep.ecr(registry.host(), "", registry.ecrRegion().orElseThrow()));
        }
        diagnostics.error(Code.TARGET_CONFIG, deploy.at(),
                "environment `" + env.id() + "` deploys images pushed to `" + registry.host()
                        + "`, which is not Amazon ECR, and `pipelines.registry_login` names no secrets to log in with",
                "add `registry_login: {username_secret: ..., password_secret: ...}` under `pipelines`");
        return Optional.empty();
    }

    private List<ServiceRollout> rollouts(EnvironmentPlan plan, EnvironmentPipelineSettings.Deploy deploy) {
        Environment env = plan.env();
        List<Service> services = deployable(plan);
        List<String> names = services.stream().map(Service::id).toList();
        deploy.services().forEach((name, override) -> {
            if (!names.contains(name)) {
                diagnostics.error(Code.UNKNOWN_REFERENCE, override.at(),
                        "`deploy.services` of environment `" + env.id() + "` sets `" + name
                                + "`, which is not a service deployed to ECS there",
                        Similarity.didYouMean(name, names, "deployed services"));
            }
        });
        if (services.isEmpty()) {
            diagnostics.error(Code.TARGET_CONFIG, deploy.at(),
                    "environment `" + env.id() + "` has no service that runs in a container of its own on ECS",
                    "services with `image:` run in tasks; catalog services only with `container: true`");
            return List.of();
        }
        List<ServiceRollout> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Service service : services) {
            Optional<EnvironmentPipelineSettings.ServiceDeploy> own = Optional.ofNullable(deploy.services().get(service.id()));
            rollout(env, deploy, service, own, used).ifPresent(out::add);
        }
        String unused = "applies to no service of environment `" + env.id() + "`";
        if (!used.contains(ROLLING_USED)) {
            dropped(deploy.rollout().minHealthyPercent(), "min_healthy_percent", unused);
            dropped(deploy.rollout().maxPercent(), "max_percent", unused);
        }
        if (!used.contains(SHARED_CODEDEPLOY_USED)) {
            dropped(deploy.rollout().codedeploy(), "codedeploy", unused);
        }
        return out;
    }

    private Optional<ServiceRollout> rollout(Environment env, EnvironmentPipelineSettings.Deploy deploy, Service service,
            Optional<EnvironmentPipelineSettings.ServiceDeploy> own, Set<String> used) {
        Rollout mine = own.map(EnvironmentPipelineSettings.ServiceDeploy::rollout).orElse(NONE);
        Rollout shared = deploy.rollout();
        String taskDefinition = ArtifactPaths.ecsTaskDefinition(env.id(), service.id());
        String ecsService = own.flatMap(EnvironmentPipelineSettings.ServiceDeploy::ecsService)
                .orElse(project.name() + "-" + env.id() + "-" + service.id());
        Optional<Located<Rollout.Strategy>> strategy = mine.strategy().or(shared::strategy);
        boolean blueGreen = strategy.map(s -> s.value() == Rollout.Strategy.BLUE_GREEN).orElse(false);
        String mismatch = "does not apply to the " + (blueGreen ? Rollout.Strategy.BLUE_GREEN.value()
                : Rollout.Strategy.ROLLING.value())
                + " deployment of service `" + service.id() + "`";
        if (!blueGreen) {
            used.add(ROLLING_USED);
            dropped(mine.codedeploy(), "codedeploy", mismatch);
            dropped(own.flatMap(EnvironmentPipelineSettings.ServiceDeploy::port), "port", mismatch);
            Optional<Located<Integer>> min = mine.minHealthyPercent().or(shared::minHealthyPercent);
            Optional<Located<Integer>> max = mine.maxPercent().or(shared::maxPercent);
            int minimum = min.map(Located::value).orElse(100);
            int maximum = max.map(Located::value).orElse(200);
            if (minimum == 100 && maximum == 100) {
                diagnostics.error(Code.TARGET_CONFIG, max.map(Located::at).orElse(deploy.at()),
                        "service `" + service.id() + "` must keep 100% of its tasks running and may not start more,"
                                + " so a rolling deployment can never replace one",
                        "raise `max_percent` (e.g. 200) or lower `min_healthy_percent`");
                return Optional.empty();
            }
            return Optional.of(new ServiceRollout(service.id(), taskDefinition, ecsService, false, minimum, maximum,
                    "", "", 0));
        }
        dropped(mine.minHealthyPercent(), "min_healthy_percent", mismatch);
        dropped(mine.maxPercent(), "max_percent", mismatch);
        Optional<Located<Rollout.CodeDeploy>> codedeploy = mine.codedeploy();
        if (codedeploy.isEmpty() && shared.codedeploy().isPresent()) {
            codedeploy = shared.codedeploy();
            if (!used.add(SHARED_CODEDEPLOY_USED)) {
                diagnostics.error(Code.TARGET_CONFIG, codedeploy.get().at(),
                        "several services of environment `" + env.id() + "` deploy blue-green through the same"
                                + " CodeDeploy deployment group, but a deployment group serves one ECS service",
                        "give each blue-green service its own `deploy.services.<name>.codedeploy`");
                return Optional.empty();
            }
        }
        Position strategyAt = strategy.orElseThrow().at();
        if (codedeploy.isEmpty()) {
            diagnostics.error(Code.TARGET_CONFIG, strategyAt,
                    "service `" + service.id() + "` deploys blue-green, which needs a CodeDeploy application and"
                            + " deployment group",
                    "add `codedeploy: {application: ..., deployment_group: ...}`");
            return Optional.empty();
        }
        Optional<Integer> port = own.flatMap(EnvironmentPipelineSettings.ServiceDeploy::port).map(Located::value)
                .or(() -> service.network().ports().size() == 1 ? Optional.of(service.network().ports().get(0).target())
                        : Optional.empty());
        if (port.isEmpty()) {
            diagnostics.error(Code.TARGET_CONFIG, strategyAt,
                    "service `" + service.id() + "` deploys blue-green, but " + (service.network().ports().isEmpty()
                            ? "has no port for the load balancer to send traffic to"
                            : "has several ports and does not say which one the load balancer uses"),
                    "add `port: <container port>` under `deploy.services." + service.id() + "`");
            return Optional.empty();
        }
        return Optional.of(new ServiceRollout(service.id(), taskDefinition, ecsService, true, 0, 0,
                codedeploy.get().value().application(), codedeploy.get().value().deploymentGroup(), port.get()));
    }

    /** A setting no rollout uses: said, never silently dropped. */
    private void dropped(Optional<? extends Located<?>> setting, String key, String why) {
        setting.ifPresent(s -> diagnostics.warning(Code.DROPPED_FIELD, s.at(), "`" + key + "` " + why
                + " and is ignored", "`min_healthy_percent` and `max_percent` apply with `strategy: rolling`;"
                + " `codedeploy` and `port` with `strategy: blue-green`"));
    }
}
