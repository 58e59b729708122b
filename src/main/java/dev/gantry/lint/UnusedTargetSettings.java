package dev.gantry.lint;

import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;

/** A target's settings in an environment that does not list the target would be silently ignored. */
final class UnusedTargetSettings implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            for (SettingsBlocks.EnvironmentBlock<?> block : SettingsBlocks.ENVIRONMENT) {
                if (block.targets().isEmpty() || block.targets().stream().anyMatch(env::uses)) {
                    continue;
                }
                var at = env.settings().written().get(block.key());
                if (at != null) {
                    String targets = "`" + String.join("` or `", block.targets()) + "`";
                    diagnostics.warning(Code.DROPPED_FIELD, at,
                            "environment `" + env.id() + "` has `" + block.key() + "` settings but does not list"
                                    + " the " + targets + " target, so they are ignored",
                            "add " + targets + " to its `targets`, or remove the `" + block.key() + "` block");
                }
            }
        }
    }
}
