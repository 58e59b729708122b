package dev.gantry.targets.pipelines;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
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
            diagnostics.report(Problem.DEPLOY_WITHOUT_ECS_TARGET, deploy.at(), env.id(),
                    ArtifactPaths.ecsTaskDefinition(env.id(), "<service>"));
        }
        List<String> images = images(env);
        Optional<LoginStep> login = images.isEmpty() ? Optional.of(LoginStep.NONE) : login(env, deploy);
        Optional<String> region = deploy.region()
                .or(() -> env.settings().ecs().flatMap(ecs -> ecs.aws().region()).map(Located::value))
                .or(() -> project.registry().flatMap(r -> Registry.of(r).ecrRegion()));
        if (region.isEmpty()) {
            diagnostics.report(Problem.DEPLOY_WITHOUT_REGION, deploy.at(), env.id());
        }
        if (deploy.approvalEnvironment().isEmpty() && env.kind() == EnvironmentKind.PROD) {
            diagnostics.report(Problem.UNAPPROVED_DEPLOY, deploy.at(), env.id());
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
            diagnostics.report(Problem.DEPLOY_WITHOUT_REGISTRY, deploy.at(), env.id());
            return Optional.empty();
        }
        Registry registry = Registry.of(project.registry().get());
        if (settings.registryLogin().orElse(null) instanceof RegistryLogin.Password secrets) {
            return Optional.of(LoginStep.password(registry.host(), secrets));
        }
        if (registry.isEcr()) {
            return Optional.of(LoginStep.ecr(registry.host(), "", registry.ecrRegion().orElseThrow()));
        }
        diagnostics.report(Problem.DEPLOY_WITHOUT_LOGIN, deploy.at(), env.id(), registry.host());
        return Optional.empty();
    }

    private List<ServiceRollout> rollouts(EnvironmentPlan plan, EnvironmentPipelineSettings.Deploy deploy) {
        Environment env = plan.env();
        List<Service> services = deployable(plan);
        List<String> names = services.stream().map(Service::id).toList();
        deploy.services().forEach((name, override) -> {
            if (!names.contains(name)) {
                diagnostics.report(Problem.DEPLOY_SERVICE_UNKNOWN, override.at(), env.id(), name,
                        Similarity.didYouMean(name, names, "deployed services"));
            }
        });
        if (services.isEmpty()) {
            diagnostics.report(Problem.DEPLOY_WITHOUT_SERVICES, deploy.at(), env.id());
            return List.of();
        }
        List<ServiceRollout> out = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Service service : services) {
            Optional<EnvironmentPipelineSettings.ServiceDeploy> own = Optional.ofNullable(deploy.services().get(service.id()));
            rollout(env, deploy, service, own, used).ifPresent(out::add);
        }
        if (!used.contains(ROLLING_USED)) {
            unused(deploy.rollout().minHealthyPercent(), "min_healthy_percent", env);
            unused(deploy.rollout().maxPercent(), "max_percent", env);
        }
        if (!used.contains(SHARED_CODEDEPLOY_USED)) {
            unused(deploy.rollout().codedeploy(), "codedeploy", env);
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
        if (!blueGreen) {
            used.add(ROLLING_USED);
            mismatched(mine.codedeploy(), "codedeploy", blueGreen, service);
            mismatched(own.flatMap(EnvironmentPipelineSettings.ServiceDeploy::port), "port", blueGreen, service);
            Optional<Located<Integer>> min = mine.minHealthyPercent().or(shared::minHealthyPercent);
            Optional<Located<Integer>> max = mine.maxPercent().or(shared::maxPercent);
            int minimum = min.map(Located::value).orElse(100);
            int maximum = max.map(Located::value).orElse(200);
            if (minimum == 100 && maximum == 100) {
                diagnostics.report(Problem.ROLLING_WITHOUT_ROOM, max.map(Located::at).orElse(deploy.at()), service.id());
                return Optional.empty();
            }
            return Optional.of(new ServiceRollout(service.id(), taskDefinition, ecsService, false, minimum, maximum,
                    "", "", 0));
        }
        mismatched(mine.minHealthyPercent(), "min_healthy_percent", blueGreen, service);
        mismatched(mine.maxPercent(), "max_percent", blueGreen, service);
        Optional<Located<Rollout.CodeDeploy>> codedeploy = mine.codedeploy();
        if (codedeploy.isEmpty() && shared.codedeploy().isPresent()) {
            codedeploy = shared.codedeploy();
            if (!used.add(SHARED_CODEDEPLOY_USED)) {
                diagnostics.report(Problem.DEPLOYMENT_GROUP_SHARED, codedeploy.get().at(), env.id());
                return Optional.empty();
            }
        }
        Position strategyAt = strategy.orElseThrow().at();
        if (codedeploy.isEmpty()) {
            diagnostics.report(Problem.BLUE_GREEN_WITHOUT_CODEDEPLOY, strategyAt, service.id());
            return Optional.empty();
        }
        Optional<Integer> port = own.flatMap(EnvironmentPipelineSettings.ServiceDeploy::port).map(Located::value)
                .or(() -> service.network().ports().size() == 1 ? Optional.of(service.network().ports().get(0).target())
                        : Optional.empty());
        if (port.isEmpty()) {
            diagnostics.report(service.network().ports().isEmpty() ? Problem.BLUE_GREEN_WITHOUT_PORT
                    : Problem.BLUE_GREEN_PORT_AMBIGUOUS, strategyAt, service.id());
            return Optional.empty();
        }
        return Optional.of(new ServiceRollout(service.id(), taskDefinition, ecsService, true, 0, 0,
                codedeploy.get().value().application(), codedeploy.get().value().deploymentGroup(), port.get()));
    }

    /** A rollout setting of the environment no service's rollout uses: said, never silently dropped. */
    private void unused(Optional<? extends Located<?>> setting, String key, Environment env) {
        setting.ifPresent(s -> diagnostics.report(Problem.ROLLOUT_SETTING_UNUSED, s.at(), key, env.id()));
    }

    /** A rollout setting of a service that its strategy does not use: said, never silently dropped. */
    private void mismatched(Optional<? extends Located<?>> setting, String key, boolean blueGreen, Service service) {
        Rollout.Strategy strategy = blueGreen ? Rollout.Strategy.BLUE_GREEN : Rollout.Strategy.ROLLING;
        setting.ifPresent(s -> diagnostics.report(Problem.ROLLOUT_SETTING_OF_OTHER_STRATEGY, s.at(), key,
                strategy.value(), service.id()));
    }
}
