package dev.gantry.plan;

import dev.gantry.model.Project;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * What targets read: the resolved project, each environment's plan in file order, and the images
 * in build order. Immutable, computed once after resolve and lint.
 */
public record ProjectPlan(Project project, Map<String, EnvironmentPlan> environments, ImageOrder images) {

    /** The environments that use {@code target}, in file order. */
    public List<EnvironmentPlan> using(String target) {
        return select(plan -> plan.env().uses(target));
    }

    public List<EnvironmentPlan> select(Predicate<EnvironmentPlan> filter) {
        return environments.values().stream().filter(filter).toList();
    }
}
