package dev.gantry.lint;

import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;

/** A target's settings in an environment that does not list the target would be silently ignored. */
final class UnusedTargetSettings implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            for (SettingsBlocks.EnvironmentBlock<?> block : SettingsBlocks.ENVIRONMENT) {
                block.target().filter(target -> !env.uses(target)).ifPresent(target -> {
                    var at = env.settings().written().get(block.key());
                    if (at != null) {
                        diagnostics.report(Problem.TARGET_SETTINGS_UNUSED, at, env.id(), block.key(), target);
                    }
                });
            }
        }
    }
}
