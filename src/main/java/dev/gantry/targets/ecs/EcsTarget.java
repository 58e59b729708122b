package dev.gantry.targets.ecs;

import dev.gantry.bind.Fields;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.SecretSource;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * AWS ECS task definitions: for each environment that lists the {@code ecs} target, one JSON file
 * per task, {@code deploy/ecs/<env>/<service>.task-definition.json}, in the input form of
 * {@code aws ecs register-task-definition --cli-input-json}. Each service that runs a container is
 * a task of its own unless it joins another's as a sidecar; external services run no task.
 */
public final class EcsTarget implements Target {

    static final String NAME = "ecs";
    /** Catalog categories an ECS environment must run either as a managed service or as a container. */
    private static final Set<String> DECIDED = Set.of("database", "cache", "search", "queue", "config", "storage");

    /** The task definition of a task named after {@code service}, relative to the output folder. */
    public static String path(String environment, String service) {
        return "deploy/ecs/" + environment + "/" + service + ".task-definition.json";
    }

    /**
     * The tasks of an environment, each named after its main service (its task definition is
     * {@link #path}), in file order: the deploy of the pipelines target registers and rolls out
     * each of them. Problems are left to {@link #plan} to report.
     */
    public static List<String> tasks(Environment env) {
        Findings ignored = new Findings();
        Map<String, EcsServiceSettings> serviceSettings = new LinkedHashMap<>();
        env.services().values().forEach(s -> serviceSettings.put(s.id(), EcsServiceSettings.of(s)));
        return TaskLayout.of(env, serviceSettings, checkDecisions(env, ignored), ignored).tasks().stream()
                .map(task -> task.main().id()).toList();
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (Environment env : scope.using(project, NAME)) {
            Findings findings = new Findings();
            List<ArtifactPlan> planned = plan(project, env, findings);
            findings.reportTo(diagnostics);
            if (!findings.hasErrors()) {
                plans.addAll(planned);
            }
        }
        return plans;
    }

    private static List<ArtifactPlan> plan(Project project, Environment env, Findings findings) {
        EcsSettings settings = EcsSettings.of(project, env);
        Map<String, EcsServiceSettings> serviceSettings = new LinkedHashMap<>();
        env.services().values().forEach(s -> serviceSettings.put(s.id(), EcsServiceSettings.of(s)));
        Set<String> undecided = checkDecisions(env, findings);
        TaskLayout layout = TaskLayout.of(env, serviceSettings, undecided, findings);
        EcsEnvironment ctx = new EcsEnvironment(project, env, settings, serviceSettings, layout, findings);
        List<ArtifactPlan> plans = new ArrayList<>();
        for (TaskLayout.Task task : layout.tasks()) {
            TaskDefinition definition = new TaskBuilder(ctx, task).build();
            plans.add(new ArtifactPlan(path(env.id(), task.main().id()), "ecs/task-definition.json.ftl",
                    Map.of("json", TaskDefinitionJson.write(definition)), ArtifactFormat.JSON,
                    "task " + definition.family() + " of environment " + env.id()));
        }
        ctx.secrets.reportMissing();
        new EnvironmentChecks(ctx).run();
        return plans;
    }

    /**
     * A database, cache, search, queue, config or storage service runs managed or as a container:
     * the user says which. Returns the services that are undecided, which get no task.
     */
    private static Set<String> checkDecisions(Environment env, Findings findings) {
        Set<String> undecided = new HashSet<>();
        for (Service service : env.services().values()) {
            if (!(service.source().value() instanceof ServiceSource.Catalog use)) {
                continue;
            }
            Optional<CatalogEntry> entry = Catalog.get().entry(use.kind());
            if (service.external().isPresent() && service.container()) {
                findings.error(Code.TARGET_CONFIG, service.name().at(), "`" + service.id() + "` is both `external`"
                        + " and `container: true` in environment `" + env.id() + "`", "keep one of the two");
            } else if (entry.isPresent() && DECIDED.contains(entry.get().category()) && service.external().isEmpty()
                    && !service.container()) {
                String managed = entry.get().extra(NAME).flatMap(e -> Fields.string(e, "managed"))
                        .orElse("a managed service");
                String prefix = "environments: {" + env.id() + ": {services: {" + service.id() + ": ";
                undecided.add(service.id());
                findings.error(Code.UNDECIDED_SERVICE, service.name().at(), "environment `" + env.id() + "` runs on"
                        + " ECS and does not say how to run `" + service.id() + "` (" + use.kind() + " " + use.version()
                        + "): as a managed service, or as a container",
                        "managed (" + managed + "), reached at its endpoint:\n  " + prefix
                                + "{external: {host: <endpoint>}}}}}\nor as a container, in a task of its own:\n  "
                                + prefix + "{container: true}}}}");
            }
        }
        return undecided;
    }

    /** What the environment must set, now that its containers say what they need. */
    private record EnvironmentChecks(EcsEnvironment ctx) {

        void run() {
            EcsSettings s = ctx.settings;
            Findings findings = ctx.findings;
            String env = ctx.named();
            if (s.region().isEmpty()) {
                findings.error(Code.TARGET_CONFIG, s.at(), env + " runs on ECS and sets no `region`",
                        "set `ecs: {region: eu-central-1}` (or your region): the containers log to CloudWatch"
                                + " there" + (ctx.secrets.used() ? " and read their secrets there" : ""));
            }
            if (s.executionRole().isEmpty()) {
                List<String> needs = new ArrayList<>(List.of("writes the containers' logs to CloudWatch (awslogs)"));
                if (ctx.secrets.used()) {
                    needs.add("reads their secrets");
                }
                if (ctx.pullsFromEcr()) {
                    needs.add("pulls images from ECR");
                }
                findings.error(Code.TARGET_CONFIG, s.at(), env + " sets no `execution_role`, the role with which"
                        + " ECS " + Phrases.and(needs), "set `ecs: {execution_role: ecsTaskExecutionRole}`"
                        + " (a role name or ARN) with the AmazonECSTaskExecutionRolePolicy"
                        + (ctx.secrets.used() ? " and read access to the secrets" : ""));
            }
            List<String> arns = new ArrayList<>();
            if (ctx.secrets.used()) {
                arns.add("the secrets");
            }
            if (s.executionRole().filter(r -> !r.value().startsWith("arn:")).isPresent()
                    || s.taskRole().filter(r -> !r.value().startsWith("arn:")).isPresent()) {
                arns.add("the roles given by name");
            }
            if (s.account().isEmpty() && !arns.isEmpty()) {
                findings.error(Code.TARGET_CONFIG, s.at(), env + " sets no `account`, which the ARNs of "
                        + Phrases.and(arns) + " need", "set `ecs: {account: \"123456789012\"}` (your"
                        + " account id, quoted)");
            }
            if (!ctx.untagged.isEmpty()) {
                findings.error(Code.TARGET_CONFIG, s.at(), env + " runs the built image"
                        + (ctx.untagged.size() == 1 ? " " : "s ") + Phrases.codes(ctx.untagged)
                        + " and sets no `tag` to deploy", "set `ecs: {tag: <the tag CI pushes>}` (images are "
                        + ctx.project.repository() + ":<image>-<tag>), or the image's digest under `ecs.digests`");
            }
            if (s.fargate() && !s.networkMode().value().equals("awsvpc")) {
                findings.error(Code.TARGET_CONFIG, s.networkMode().at(), "Fargate tasks use the awsvpc network mode,"
                        + " not " + s.networkMode().value(), "leave `network_mode` out, or set `launch: EC2`");
            }
            checkVolumes();
            checkRegistryCredentials();
            if (!ctx.crossTask.isEmpty()) {
                findings.warning(Code.DROPPED_FIELD, ctx.env.name().at(), "in " + env + ", ECS starts each task on"
                        + " its own: depends_on between services of different tasks is not carried ("
                        + String.join(", ", ctx.crossTask) + ")", "let these services retry until what they depend"
                        + " on answers (ECS replaces a task that fails), or run them in one task with"
                        + " `ecs: {task: <service>}`");
            }
        }

        private void checkVolumes() {
            EcsSettings s = ctx.settings;
            s.volumes().forEach((name, efs) -> {
                if (!ctx.efsMounted.contains(name)) {
                    ctx.findings.warning(Code.UNUSED, efs.at(), "no container mounts the EFS volume `" + name
                            + "` in " + ctx.named(), "mount it in a service (`volumes: [\"" + name + ":/path\"]`),"
                            + " or remove it");
                }
                if (efs.value().accessPoint().isPresent() && efs.value().rootDirectory().filter(d -> !d.equals("/"))
                        .isPresent()) {
                    ctx.findings.error(Code.TARGET_CONFIG, efs.at(), "EFS volume `" + name + "` gives both an"
                            + " access point and a root directory", "the access point sets the directory: leave"
                            + " `root_directory` out");
                }
            });
            if (!s.volumes().isEmpty() && s.taskRole().isEmpty()) {
                Position at = s.volumes().values().iterator().next().at();
                ctx.findings.error(Code.TARGET_CONFIG, at, ctx.named() + " mounts EFS with IAM authorization, which"
                        + " uses the task role, and sets no `task_role`", "set `ecs: {task_role: <role>}` with"
                        + " elasticfilesystem:ClientMount (and ClientWrite) on the file systems");
            }
            ctx.taskVolumes.forEach((volume, tasks) -> {
                Position first = tasks.values().iterator().next();
                if (tasks.size() > 1) {
                    ctx.findings.error(Code.TARGET_CONFIG, first, "volume `" + volume + "` is shared by the tasks "
                            + Phrases.codes(tasks.keySet()) + " in " + ctx.named() + ", which share nothing unless"
                            + " EFS backs it", TaskVolumes.efsHint(volume));
                } else {
                    ctx.findings.warning(Code.DROPPED_FIELD, first, "volume `" + volume + "` lives only as long as"
                            + " task `" + tasks.keySet().iterator().next() + "` in " + ctx.named(),
                            TaskVolumes.efsHint(volume));
                }
            });
        }

        private void checkRegistryCredentials() {
            ctx.settings.registryCredentials().ifPresent(secret -> {
                Located<SecretSource> source = ctx.env.secrets().get(secret.value());
                if (source != null && !(source.value() instanceof SecretSource.SecretsManager sm
                        && sm.key().isEmpty())) {
                    ctx.findings.error(Code.SECRET_SOURCE, secret.at(), "`registry_credentials` must be a whole"
                            + " Secrets Manager secret (with `username` and `password`), and `" + secret.value()
                            + "` is not one in " + ctx.named(), "set `secrets: {" + secret.value()
                            + ": {secrets_manager: <name>}}` in " + ctx.named());
                }
            });
        }
    }
}
