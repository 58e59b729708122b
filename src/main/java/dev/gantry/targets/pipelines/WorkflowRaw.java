package dev.gantry.targets.pipelines;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Raw;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.render.YamlWriter;
import dev.gantry.targets.RawContent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The {@code raw} blocks of the workflows: each environment's {@code raw.pipelines} (keys of its smoke
 * and deploy jobs in main.yml), then the project's {@code pipelines.raw.<workflow>} (the workflow's
 * top level). The templates write the workflows, so the blocks are merged into the rendered text,
 * their values written as the templates write values from environment.yaml.
 */
final class WorkflowRaw {

    static final String TARGET = PipelinesTarget.NAME;

    private static final YamlWriter WRITER = new YamlWriter(new WorkflowSyntax()::str, value -> {
        throw new IllegalStateException("workflows have no interpolated values");
    });

    private WorkflowRaw() {
    }

    /** The project's block for {@code workflow}, as the last patch of that file. */
    static List<RawContent.Patch> project(PipelineSettings settings, String workflow) {
        return settings.raw().of(workflow).map(block -> List.of(new RawContent.Patch(List.of(), block, WRITER,
                "workflow"))).orElse(List.of());
    }

    /**
     * The environments' job blocks for main.yml: {@code smoke} into job smoke-<env>, {@code deploy} into
     * deploy-<env>. A block for a job the environment does not have is reported, not dropped silently.
     */
    static List<RawContent.Patch> jobs(List<EnvironmentPlan> environments, Map<String, String> smokeJobs,
            Map<String, String> deployJobs, Diagnostics diagnostics) {
        List<RawContent.Patch> patches = new ArrayList<>();
        for (EnvironmentPlan plan : environments) {
            plan.env().settings().raw().of(TARGET).ifPresent(block -> block.entries().values().forEach(entry -> {
                String job = (entry.key().equals("smoke") ? smokeJobs : deployJobs).get(plan.id());
                if (job == null) {
                    diagnostics.report(entry.key().equals("smoke") ? Problem.RAW_SMOKE_WITHOUT_JOB
                            : Problem.RAW_DEPLOY_WITHOUT_JOB, entry.keyAt(), plan.id());
                } else if (entry.value() instanceof Raw.Mapping keys) {
                    patches.add(new RawContent.Patch(List.of("jobs", job), keys, WRITER, "job `" + job + "`"));
                }
            }));
        }
        return patches;
    }
}
