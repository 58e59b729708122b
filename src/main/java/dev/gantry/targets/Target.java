package dev.gantry.targets;

import dev.gantry.diag.Diagnostics;
import dev.gantry.plan.ProjectPlan;
import java.util.List;
import java.util.Optional;

/**
 * A kind of output. Targets are discovered with {@link java.util.ServiceLoader}: a new target is a
 * class listed in {@code META-INF/services/dev.gantry.targets.Target} plus a folder under
 * {@code templates/}. A target reports what it cannot carry as diagnostics, and plans its artifacts
 * as (path, template, data); the render stage turns plans into bytes.
 */
public interface Target {

    /** The name environments list under {@code targets:}, and the templates folder. */
    String name();

    /**
     * Project-wide targets (the Dockerfiles) run whenever the project has something for them;
     * the others run for each environment that lists them.
     */
    default boolean projectWide() {
        return false;
    }

    /** Plans the artifacts of this target for the environments in scope, from the project's plan alone. */
    List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics);

    /**
     * What `gantry diff` says about a change to one of this target's artifacts beyond the generic
     * reading of its format (which knows Dockerfiles and any JSON or YAML file), such as a database
     * moving to a new major line. Empty (the default): the generic reading alone.
     */
    default Optional<ArtifactSummary> summary() {
        return Optional.empty();
    }
}
