package dev.gantry.pipeline;

import dev.gantry.diag.Diagnostic;
import dev.gantry.model.Project;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of compiling an environment file: what was found, the plan and the artifacts when there
 * was no error, with the target that produced each one (by path).
 */
public record Compilation(List<Diagnostic> diagnostics, Optional<ProjectPlan> plan, List<Artifact> artifacts,
        Map<String, Target> producers) {

    public Optional<Project> project() {
        return plan.map(ProjectPlan::project);
    }

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
