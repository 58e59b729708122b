package dev.gantry.targets.pipelines;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.model.pipelines.RegistryLogin;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * GitHub Actions workflows for the whole project (seed 002): base-image.yml, branch.yml and
 * main.yml under {@code .github/workflows/}. The workflows are project-wide, so they are planned
 * whatever {@code --env} selects; environments take part in main.yml by listing {@code pipelines}.
 */
public final class PipelinesTarget implements Target {

    public static final String NAME = "pipelines";
    public static final String WORKFLOWS = ".github/workflows/";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        Project project = plan.project();
        List<EnvironmentPlan> listed = plan.using(NAME);
        Optional<PipelineSettings> given = project.pipelines();
        if (given.isEmpty()) {
            if (!listed.isEmpty()) {
                Environment first = listed.get(0).env();
                diagnostics.report(Problem.PIPELINES_BLOCK_MISSING, first.targetAt(NAME), first.id());
            }
            return List.of();
        }
        PipelineSettings settings = given.get();
        checkImageNames(project, settings, diagnostics);
        List<String> bases = BaseImageWorkflow.baseImages(project, settings, diagnostics);
        Optional<Map<String, Object>> baseImage = BaseImageWorkflow.data(plan, settings, bases, diagnostics);
        Optional<Map<String, Object>> main = new MainWorkflow(plan, settings, diagnostics)
                .data(listed.stream().map(EnvironmentPipeline::of).toList(), settings.at());
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        reportUnusedLogins(settings, baseImage.isPresent(), main, diagnostics);
        List<ArtifactPlan> plans = new ArrayList<>();
        String folder = folder(settings.provider());
        baseImage.ifPresent(data -> plans.add(workflow(folder, "base-image", data,
                WorkflowRaw.project(settings, "base-image"))));
        plans.add(workflow(folder, "branch", Map.of("project", project, "settings", settings,
                "gantry", GantryAction.current(), "images", plan.images().all()), WorkflowRaw.project(settings, "branch")));
        main.ifPresent(data -> {
            List<RawContent.Patch> patches = new ArrayList<>(WorkflowRaw.jobs(listed, jobIds(data, "smokeJobs"),
                    jobIds(data, "deployJobs"), diagnostics));
            patches.addAll(WorkflowRaw.project(settings, "main"));
            plans.add(workflow(folder, "main", data, patches));
        });
        reportMissingWorkflows(settings, baseImage.isPresent(), main.isPresent(), diagnostics);
        return plans;
    }

    /** Each environment's job of one kind in main.yml, by environment. */
    private static Map<String, String> jobIds(Map<String, Object> main, String kind) {
        Map<String, String> out = new HashMap<>();
        for (Object job : (List<?>) main.get(kind)) {
            if (job instanceof SmokeJobs.Job smoke) {
                out.put(smoke.environment(), smoke.id());
            } else if (job instanceof DeployJobs.Job deploy) {
                out.put(deploy.environment(), deploy.id());
            }
        }
        return out;
    }

    /** A project-wide raw block for a workflow that is not generated would go nowhere. */
    private static void reportMissingWorkflows(PipelineSettings settings, boolean baseImage, boolean main,
            Diagnostics diagnostics) {
        settings.raw().blocks().entries().values().forEach(entry -> {
            boolean missing = entry.key().equals("base-image") && !baseImage || entry.key().equals("main") && !main;
            if (missing) {
                diagnostics.report(entry.key().equals("main") ? Problem.RAW_BLOCK_WITHOUT_MAIN
                        : Problem.RAW_BLOCK_WITHOUT_BASE_IMAGE, entry.keyAt());
            }
        });
    }

    /** Where the provider reads workflows from. */
    private static String folder(PipelineSettings.Provider provider) {
        return switch (provider) {
            case GITHUB -> WORKFLOWS;
        };
    }

    private static ArtifactPlan workflow(String folder, String name, Map<String, Object> data,
            List<RawContent.Patch> raw) {
        Map<String, Object> withSyntax = new HashMap<>(data);
        withSyntax.put("gh", new WorkflowSyntax());
        return new ArtifactPlan(folder + name + ".yml", "pipelines/" + name + ".yml.ftl", Map.copyOf(withSyntax),
                ArtifactFormat.YAML, "the " + name + " workflow", RawContent.patches(raw));
    }

    private static void checkImageNames(Project project, PipelineSettings settings, Diagnostics diagnostics) {
        settings.checksImage().filter(i -> !project.images().containsKey(i.value())).ifPresent(i ->
                diagnostics.report(Problem.CHECKS_IMAGE_UNKNOWN, i.at(), i.value(),
                        Similarity.didYouMean(i.value(), project.images().keySet(), "images")));
    }

    /** An ECR role or a webhook that no generated workflow uses would be dropped without a word. */
    private static void reportUnusedLogins(PipelineSettings settings, boolean baseImage,
            Optional<Map<String, Object>> main, Diagnostics diagnostics) {
        boolean deploys = main.map(m -> !((List<?>) m.get("deployJobs")).isEmpty()).orElse(false);
        if (!baseImage && settings.registryLogin().orElse(null) instanceof RegistryLogin.Aws aws) {
            diagnostics.report(Problem.ECR_ROLE_UNUSED, aws.role().at());
        }
        if (!baseImage && !deploys && settings.slackWebhookSecret().isPresent()) {
            diagnostics.report(Problem.NOTIFY_UNUSED, settings.at());
        }
    }
}
