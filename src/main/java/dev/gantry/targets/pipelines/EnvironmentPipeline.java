package dev.gantry.targets.pipelines;

import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.pipelines.EnvironmentPipelineSettings;
import dev.gantry.plan.EnvironmentPlan;
import java.util.List;
import java.util.Optional;

/** One environment's part in the main-branch workflow: its plan and its {@code pipelines} settings. */
record EnvironmentPipeline(EnvironmentPlan plan, EnvironmentPipelineSettings settings) {

    static EnvironmentPipeline of(EnvironmentPlan plan) {
        return new EnvironmentPipeline(plan, plan.env().settings().pipelines().orElseThrow());
    }

    Environment environment() {
        return plan.env();
    }

    String id() {
        return plan.id();
    }

    Position smokeAt() {
        return settings.smokeAt();
    }

    List<EnvironmentPipelineSettings.SmokeCheck> smoke() {
        return settings.smoke();
    }

    Optional<EnvironmentPipelineSettings.Deploy> deploy() {
        return settings.deploy();
    }

    boolean hasWork() {
        return settings.hasWork();
    }
}
