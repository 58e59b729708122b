package dev.gantry.targets.pipelines;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.diag.Position;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.plan.ProjectPlan;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * main.yml (seed 002, CI and CD): on the main branch, build the production images once, start
 * each smoke-tested environment's compose stack with them and run its checks, then deploy each
 * environment in file order, each deploy waiting for its approval.
 */
final class MainWorkflow {

    static final String BUILD_JOB = "build";

    private final ProjectPlan plan;
    private final Project project;
    private final PipelineSettings settings;
    private final Diagnostics diagnostics;

    MainWorkflow(ProjectPlan plan, PipelineSettings settings, Diagnostics diagnostics) {
        this.plan = plan;
        this.project = plan.project();
        this.settings = settings;
        this.diagnostics = diagnostics;
    }

    Optional<Map<String, Object>> data(List<EnvironmentPipeline> pipelines, Position blockAt) {
        if (pipelines.isEmpty()) {
            diagnostics.report(Problem.NO_PIPELINES_ENVIRONMENT, blockAt);
            return Optional.empty();
        }
        Set<String> images = new LinkedHashSet<>();
        for (EnvironmentPipeline pipeline : pipelines) {
            if (!pipeline.hasWork()) {
                diagnostics.report(Problem.PIPELINES_WITHOUT_WORK, pipeline.environment().targetAt(PipelinesTarget.NAME),
                        pipeline.id());
                continue;
            }
            pipeline.environment().services().values().stream().filter(s -> !s.isExternal())
                    .map(Service::builtImage).flatMap(Optional::stream).forEach(images::add);
        }
        List<String> built = plan.images().of(images);
        List<SmokeJobs.Job> smokeJobs = new ArrayList<>();
        for (EnvironmentPipeline pipeline : pipelines) {
            SmokeJobs.plan(pipeline, diagnostics).ifPresent(smokeJobs::add);
        }
        List<String> needs = new ArrayList<>();
        if (!built.isEmpty()) {
            needs.add(BUILD_JOB);
        }
        smokeJobs.forEach(job -> needs.add(job.id()));
        List<DeployJobs.Job> deployJobs = new ArrayList<>();
        DeployJobs deploys = new DeployJobs(project, settings, diagnostics);
        for (EnvironmentPipeline pipeline : pipelines) {
            deploys.plan(pipeline, List.copyOf(needs)).ifPresent(job -> {
                deployJobs.add(job);
                needs.add(job.id());
            });
        }
        return Optional.of(Map.of("project", project, "settings", settings, "images", built,
                "smokeJobs", smokeJobs, "deployJobs", deployJobs, "mainBuildJob", BUILD_JOB));
    }
}
