package dev.gantry.targets.shape;

import dev.gantry.diag.Diagnostics;
import dev.gantry.graph.ShapeJson;
import dev.gantry.graph.ShapeSummary;
import dev.gantry.graph.Shapes;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code .gantry/environments.json}: the shape of every environment (what runs, what waits for or
 * reaches what, the data volumes), committed with the generated files so that {@code gantry diff}
 * can say and draw how a change reshapes an environment.
 */
public final class ShapeTarget implements Target {

    @Override
    public String name() {
        return "shape";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        if (plan.environments().isEmpty()) {
            return List.of();
        }
        return List.of(new ArtifactPlan(ShapeJson.PATH, "shape/environments.json.ftl",
                Map.of("json", ShapeJson.write(Shapes.of(plan))), ArtifactFormat.JSON, "the environments' shapes"));
    }

    @Override
    public Optional<ArtifactSummary> summary() {
        return Optional.of(new ShapeSummary());
    }
}
