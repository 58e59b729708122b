package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;

/** A target that deploys another target's artifact needs that target listed too. */
final class MissingTargets implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            if (env.uses("docker-machine") && !env.uses("compose")) {
                diagnostics.warning(Code.MISSING_TARGET, env.targetAt("docker-machine"), "environment `" + env.id()
                        + "` deploys docker-compose." + env.id() + ".yml with docker-machine, but does not list the"
                        + " `compose` target that writes it", "add `compose` to the targets of `" + env.id() + "`");
            }
        }
    }
}
