package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
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
            String id = ctx.env.id();
            if (s.aws().region().isEmpty()) {
                findings.report(Problem.ECS_NO_REGION, s.at(), id,
                        ctx.secrets.used() ? " and read their secrets there" : "");
            }
            if (s.roles().execution().isEmpty()) {
                List<String> needs = new ArrayList<>(List.of("writes the containers' logs to CloudWatch (awslogs)"));
                if (ctx.secrets.used()) {
                    needs.add("reads their secrets");
                }
                if (ctx.pullsFromEcr()) {
                    needs.add("pulls images from ECR");
                }
                findings.report(Problem.ECS_NO_EXECUTION_ROLE, s.at(), id, Phrases.and(needs),
                        ctx.secrets.used() ? " and read access to the secrets" : "");
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
                findings.report(Problem.ECS_NO_ACCOUNT, s.at(), id, Phrases.and(arns));
            }
            if (!ctx.untagged.isEmpty()) {
                findings.report(Problem.ECS_BUILT_IMAGES_WITHOUT_TAG, s.at(), id,
                        (ctx.untagged.size() == 1 ? "image " : "images ") + Phrases.codes(ctx.untagged),
                        ctx.project.repository());
            }
            if (s.fargate() && s.networkMode().value() != EcsSettings.NetworkMode.AWSVPC) {
                findings.report(Problem.ECS_FARGATE_NETWORK_MODE, s.networkMode().at(),
                        s.networkMode().value().value());
            }
            checkVolumes();
            checkRegistryCredentials();
            if (!ctx.crossTask.isEmpty()) {
                findings.report(Problem.ECS_CROSS_TASK_DEPENDS_ON, ctx.env.name().at(), id,
                        String.join(", ", ctx.crossTask));
            }
        }

        private void checkVolumes() {
            EcsSettings s = ctx.settings;
            s.volumes().forEach((name, efs) -> {
                if (!ctx.efsMounted.contains(name)) {
                    ctx.findings.report(Problem.ECS_EFS_UNUSED, efs.at(), name, ctx.env.id());
                }
                if (efs.value().accessPoint().isPresent() && efs.value().rootDirectory().filter(d -> !d.equals("/"))
                        .isPresent()) {
                    ctx.findings.report(Problem.ECS_EFS_ACCESS_POINT_AND_ROOT, efs.at(), name);
                }
            });
            if (!s.volumes().isEmpty() && s.roles().task().isEmpty()) {
                Position at = s.volumes().values().iterator().next().at();
                ctx.findings.report(Problem.ECS_EFS_WITHOUT_TASK_ROLE, at, ctx.env.id());
            }
            ctx.taskVolumes.forEach((volume, tasks) -> {
                Position first = tasks.values().iterator().next();
                if (tasks.size() > 1) {
                    ctx.findings.report(Problem.ECS_VOLUME_SHARED_BY_TASKS, first, volume,
                            Phrases.codes(tasks.keySet()), ctx.env.id());
                } else {
                    ctx.findings.report(Problem.ECS_VOLUME_LIVES_WITH_TASK, first, volume,
                            tasks.keySet().iterator().next(), ctx.env.id());
                }
            });
        }

        private void checkRegistryCredentials() {
            ctx.settings.images().registryCredentials().ifPresent(secret -> {
                Located<SecretSource> source = ctx.env.secrets().get(secret.value());
                if (source != null && !(source.value() instanceof SecretSource.SecretsManager sm
                        && sm.key().isEmpty())) {
                    ctx.findings.report(Problem.ECS_REGISTRY_CREDENTIALS_SOURCE, secret.at(), secret.value(),
                            ctx.env.id());
                }
            });
        }
    }
}
