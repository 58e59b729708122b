package dev.gantry.lint;

import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import dev.gantry.model.platformsh.ServiceConfiguration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A target's settings in an environment that does not list the target would be silently ignored;
 * so would a service's Platform.sh configuration where no environment running it lists Platform.sh
 * or Upsun.
 */
final class UnusedTargetSettings implements LintRule {

    private static final List<String> PLATFORMS = SettingsBlocks.PLATFORMSH.targets();

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        checkEnvironments(project, diagnostics);
        checkServices(project, diagnostics);
    }

    private static void checkServices(Project project, Diagnostics diagnostics) {
        Set<String> used = new TreeSet<>();
        project.environments().values().stream().filter(env -> PLATFORMS.stream().anyMatch(env::uses))
                .forEach(env -> used.addAll(env.services().keySet()));
        Set<String> reported = new TreeSet<>();
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                ServiceConfiguration configuration = service.settings().platformsh();
                if (!configuration.isEmpty() && !used.contains(service.id()) && reported.add(service.id())) {
                    diagnostics.report(Problem.PLATFORMSH_SETTINGS_UNUSED, configuration.at(), service.id(),
                            "`" + String.join("` or `", PLATFORMS) + "`");
                }
            }
        }
    }

    private static void checkEnvironments(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            for (SettingsBlocks.EnvironmentBlock<?> block : SettingsBlocks.ENVIRONMENT) {
                if (block.targets().isEmpty() || block.targets().stream().anyMatch(env::uses)) {
                    continue;
                }
                var at = env.settings().written().get(block.key());
                if (at != null) {
                    String targets = "`" + String.join("` or `", block.targets()) + "`";
                    diagnostics.report(Problem.TARGET_SETTINGS_UNUSED, at, env.id(), block.key(), targets);
                }
            }
        }
    }
}
