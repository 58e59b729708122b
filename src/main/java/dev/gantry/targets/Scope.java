package dev.gantry.targets;

import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import java.util.List;
import java.util.Set;

/** The environments a run generates for: all of them, or those named with {@code --env}. */
public record Scope(Set<String> environments) {

    public static Scope all() {
        return new Scope(Set.of());
    }

    public boolean includes(String environment) {
        return environments.isEmpty() || environments.contains(environment);
    }

    /** The environments in scope that use {@code target}, in file order. */
    public List<EnvironmentPlan> using(ProjectPlan plan, String target) {
        return plan.select(env -> includes(env.id()) && env.env().uses(target));
    }
}
