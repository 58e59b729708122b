package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import java.util.Map;
import java.util.Set;

/** A target's settings in an environment that does not list the target would be silently ignored. */
final class UnusedTargetSettings implements LintRule {

    /** Settings block key -> the target name it configures. */
    private static final Map<String, String> TARGET_OF = Map.of("compose", "compose", "ecs", "ecs",
            "platformsh", "platformsh", "machine", "docker-machine");

    /** Blocks that configure no target: the project-wide dump-prod script reads `dump` whatever the targets. */
    private static final Set<String> NOT_TARGETS = Set.of("dump");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            env.targetSettings().forEach((block, settings) -> {
                String target = TARGET_OF.getOrDefault(block, block);
                if (!NOT_TARGETS.contains(block) && !env.uses(target)) {
                    diagnostics.warning(Code.DROPPED_FIELD, settings.position(),
                            "environment `" + env.id() + "` has `" + block + "` settings but does not list the `"
                                    + target + "` target, so they are ignored",
                            "add `" + target + "` to its `targets`, or remove the `" + block + "` block");
                }
            });
        }
    }
}
