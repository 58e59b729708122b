package dev.gantry.targets.control;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import dev.gantry.targets.compose.ComposeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code ./dk}, the developer's one entry point to the local environments (seeds 000 and 001):
 * build, start, stop, status, logs, shell (temporary or persistent), exec, commit, destroy, for
 * every environment that uses compose.
 */
public final class ControlScriptTarget implements Target {

    public static final String PATH = "dk";

    @Override
    public String name() {
        return "control";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        List<Environment> environments = project.environments().values().stream().filter(e -> e.uses("compose"))
                .toList();
        if (environments.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Environment env : environments) {
            List<String> built = env.services().values().stream().filter(s -> s.external().isEmpty())
                    .flatMap(s -> s.builtImage().stream()).distinct()
                    .map(image -> project.repository() + ":" + image).toList();
            boolean pulls = env.kind() == EnvironmentKind.STAGING || env.kind() == EnvironmentKind.PROD;
            rows.add(Map.of("name", env.id(), "file", ComposeTarget.fileName(env.id()),
                    "projectName", ComposeTarget.projectName(project, env),
                    "services", ComposeTarget.serviceNames(project, env),
                    "images", pulls ? List.of() : built));
        }
        Environment defaultEnv = environments.stream().filter(e -> e.kind() == EnvironmentKind.DEV).findFirst()
                .orElse(environments.get(0));
        return List.of(new ArtifactPlan(PATH, "control/dk.sh.ftl",
                Map.of("project", project, "environments", rows, "defaultEnvironment", defaultEnv.id(),
                        "hasImages", !project.images().isEmpty()),
                ArtifactFormat.SHELL, "the control script"));
    }
}
