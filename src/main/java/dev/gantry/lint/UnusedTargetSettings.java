package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.SettingsBlock;

/** A target's settings in an environment that does not list the target would be silently ignored. */
final class UnusedTargetSettings implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            env.targetSettings().forEach((block, settings) -> {
                String target = SettingsBlock.of(block).flatMap(SettingsBlock::target).orElse(null);
                if (target != null && !env.uses(target)) {
                    diagnostics.warning(Code.DROPPED_FIELD, settings.position(),
                            "environment `" + env.id() + "` has `" + block + "` settings but does not list the `"
                                    + target + "` target, so they are ignored",
                            "add `" + target + "` to its `targets`, or remove the `" + block + "` block");
                }
            });
        }
    }
}
