package dev.gantry.targets.ecs;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Findings;
import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.SecretSource;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.ecs.TaskLayout;
import dev.gantry.render.JsonWriter;
import dev.gantry.render.RawMerge;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import dev.gantry.util.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * AWS ECS task definitions: for each environment that lists the {@code ecs} target, one JSON file
 * per task, {@code deploy/ecs/<env>/<service>.task-definition.json}, in the input form of
 * {@code aws ecs register-task-definition --cli-input-json}. Each service that runs a container is
 * a task of its own unless it joins another's as a sidecar; external services run no task.
 */
public final class EcsTarget implements Target {

    static final String NAME = "ecs";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (EnvironmentPlan env : scope.using(plan, NAME)) {
            Findings findings = new Findings();
            List<ArtifactPlan> planned = plan(plan.project(), env, findings, diagnostics::report);
            findings.reportTo(diagnostics);
            if (!findings.hasErrors()) {
                plans.addAll(planned);
            }
        }
        return plans;
    }

    /**
     * The environment's task definitions; what raw blocks replaced is reported to {@code rawWarnings}
     * directly, once per raw key however many task definitions it went into.
     */
    private static List<ArtifactPlan> plan(Project project, EnvironmentPlan plan, Findings findings,
            RawMerge.Warnings rawWarnings) {
        Environment env = plan.env();
        EcsEnvironment ctx = new EcsEnvironment(project, plan, findings);
        List<ArtifactPlan> plans = new ArrayList<>();
        for (TaskLayout.Task task : plan.ecsTasks().tasks()) {
            TaskBuilder builder = new TaskBuilder(ctx, task);
            RawMerge.Result raw = new RawMerge.Result();
            String json = JsonWriter.write(builder.document(raw));
            String path = ArtifactPaths.ecsTaskDefinition(env.id(), task.main().id());
            raw.warn(rawWarnings, path);
            plans.add(new ArtifactPlan(path, "ecs/task-definition.json.ftl", Map.of("json", json),
                    ArtifactFormat.JSON, "task " + builder.family() + " of environment " + env.id(),
                    RawContent.keys(raw.keys())));
        }
        ctx.secrets.reportMissing();
        new EnvironmentChecks(ctx).run();
        return plans;
    }

    /** What the environment must set, now that its containers say what they need. */
    private record EnvironmentChecks(EcsEnvironment ctx) {

        void run() {
            EcsSettings s = ctx.settings;
            Findings findings = ctx.findings;
            String env = ctx.named();
            if (s.aws().region().isEmpty()) {
                findings.error(Code.TARGET_CONFIG, s.at(), env + " runs on ECS and sets no `region`",
                        "set `ecs: {region: eu-central-1}` (or your region): the containers log to CloudWatch"
                                + " there" + (ctx.secrets.used() ? " and read their secrets there" : ""));
            }
            if (s.roles().execution().isEmpty()) {
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
            if (s.roles().execution().filter(r -> !r.value().startsWith("arn:")).isPresent()
                    || s.roles().task().filter(r -> !r.value().startsWith("arn:")).isPresent()) {
                arns.add("the roles given by name");
            }
            if (s.aws().account().isEmpty() && !arns.isEmpty()) {
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
            if (s.fargate() && s.networkMode().value() != EcsSettings.NetworkMode.AWSVPC) {
                findings.error(Code.TARGET_CONFIG, s.networkMode().at(), "Fargate tasks use the awsvpc network mode,"
                        + " not " + s.networkMode().value().value(), "leave `network_mode` out, or set `launch: EC2`");
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
            if (!s.volumes().isEmpty() && s.roles().task().isEmpty()) {
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
            ctx.settings.images().registryCredentials().ifPresent(secret -> {
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
