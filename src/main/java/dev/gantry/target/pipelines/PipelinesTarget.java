package dev.gantry.target.pipelines;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.target.ArtifactFormat;
import dev.gantry.target.ArtifactPlan;
import dev.gantry.target.Scope;
import dev.gantry.target.Target;
import dev.gantry.target.dockerfile.DockerfileTarget;
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
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        List<Environment> listed = project.environments().values().stream().filter(e -> e.uses(NAME)).toList();
        Optional<YMap> block = project.settings(NAME);
        if (block.isEmpty()) {
            if (!listed.isEmpty()) {
                Environment first = listed.get(0);
                diagnostics.error(Code.TARGET_CONFIG, targetPosition(first),
                        "environment `" + first.id() + "` lists the `pipelines` target, but there is no top-level"
                                + " `pipelines:` block with the workflows' settings",
                        "add a top-level `pipelines:` block, `{}` or with the settings the workflows need");
            }
            return List.of();
        }
        PipelineSettings settings = PipelineSettings.bind(block.get());
        checkImageNames(project, settings, diagnostics);
        List<String> bases = BaseImageWorkflow.baseImages(project, settings, diagnostics);
        Optional<Map<String, Object>> baseImage = BaseImageWorkflow.data(project, settings, bases, diagnostics);
        Optional<Map<String, Object>> main = new MainWorkflow(project, settings, diagnostics)
                .data(listed.stream().map(EnvironmentPipeline::bind).toList(), block.get().position());
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        reportUnusedLogins(settings, baseImage.isPresent(), main, diagnostics);
        List<ArtifactPlan> plans = new ArrayList<>();
        baseImage.ifPresent(data -> plans.add(workflow("base-image", data)));
        plans.add(workflow("branch", Map.of("project", project, "settings", settings, "gantry", GantryAction.current(),
                "images", DockerfileTarget.buildOrder(project, project.images().keySet()))));
        main.ifPresent(data -> plans.add(workflow("main", data)));
        return plans;
    }

    private static ArtifactPlan workflow(String name, Map<String, Object> data) {
        Map<String, Object> withSyntax = new HashMap<>(data);
        withSyntax.put("gh", new WorkflowSyntax());
        return new ArtifactPlan(WORKFLOWS + name + ".yml", "pipelines/" + name + ".yml.ftl", Map.copyOf(withSyntax),
                ArtifactFormat.YAML, "the " + name + " workflow");
    }

    private static void checkImageNames(Project project, PipelineSettings settings, Diagnostics diagnostics) {
        settings.checksImage().filter(i -> !project.images().containsKey(i.value())).ifPresent(i ->
                diagnostics.error(Code.UNKNOWN_REFERENCE, i.at(),
                        "`checks_image` names `" + i.value() + "`, which is not an image of this file",
                        Similarity.didYouMean(i.value(), project.images().keySet(), "images")));
    }

    /** An ECR role or a webhook that no generated workflow uses would be dropped without a word. */
    private static void reportUnusedLogins(PipelineSettings settings, boolean baseImage,
            Optional<Map<String, Object>> main, Diagnostics diagnostics) {
        boolean deploys = main.map(m -> !((List<?>) m.get("deployJobs")).isEmpty()).orElse(false);
        if (!baseImage && settings.registryLogin().orElse(null) instanceof RegistryLogin.Aws aws) {
            diagnostics.warning(Code.UNUSED, aws.role().at(),
                    "`registry_login.aws_role` is only used by base-image.yml, which there is no base image for",
                    "deploy jobs push with their own `deploy.aws_role`; remove `registry_login` or list `base_images`");
        }
        if (!baseImage && !deploys && settings.slackWebhookSecret().isPresent()) {
            diagnostics.warning(Code.UNUSED, settings.at(),
                    "`notify` has nothing to report: there is no base image and no deploy",
                    "remove `notify`, or add `deploy:` to an environment");
        }
    }

    static Position targetPosition(Environment env) {
        return env.targets().stream().filter(t -> t.value().equals(NAME)).map(Located::at).findFirst()
                .orElse(env.name().at());
    }
}
