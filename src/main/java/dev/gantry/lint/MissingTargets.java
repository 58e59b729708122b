package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;

/** A target that deploys another target's artifact needs that target listed too. */
final class MissingTargets implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            if (env.uses("docker-machine") && !env.uses("compose")) {
                diagnostics.report(Problem.MACHINE_WITHOUT_COMPOSE, env.targetAt("docker-machine"), env.id());
            }
        }
    }
}
