package dev.gantry.target.control;

import dev.gantry.bind.Fields;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.YMap;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.target.ArtifactFormat;
import dev.gantry.target.ArtifactPlan;
import dev.gantry.target.Scope;
import dev.gantry.target.Target;
import dev.gantry.target.compose.ComposeTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code ./dk}, the developer's one entry point to the local environments (seeds 000 and 001):
 * build, start, stop, status, logs, shell (temporary or persistent), exec, commit, destroy,
 * upgrade-db, for every environment that uses compose.
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
                    "images", pulls ? List.of() : built, "databases", databases(env)));
        }
        Environment defaultEnv = environments.stream().filter(e -> e.kind() == EnvironmentKind.DEV).findFirst()
                .orElse(environments.get(0));
        return List.of(new ArtifactPlan(PATH, "control/dk.sh.ftl",
                Map.of("project", project, "environments", rows, "defaultEnvironment", defaultEnv.id(),
                        "hasImages", !project.images().isEmpty()),
                ArtifactFormat.SHELL, "the control script"));
    }

    /**
     * What upgrade-db needs of each database the environment runs in a container: the image the compose
     * file runs, its data volume, its database, and the catalog's commands that dump it in its container
     * and import a dump into it.
     */
    private static List<Map<String, String>> databases(Environment env) {
        Connections connections = new Connections(env.services());
        List<Map<String, String>> out = new ArrayList<>();
        for (Service service : env.services().values()) {
            Optional<CatalogInstance> instance = connections.instance(service).filter(i -> service.external().isEmpty()
                    && i.entry().category().equals("database") && i.entry().data().isPresent());
            Optional<YMap> dump = instance.flatMap(i -> i.entry().extra("dump"));
            if (dump.isPresent()) {
                out.add(Map.of("service", service.id(), "image", instance.get().image(),
                        "volume", ComposeTarget.dataVolume(service.id()), "database", instance.get().setting("database").orElse(""),
                        "dump", Fields.string(dump.get(), "dump").orElseThrow(),
                        "import", Fields.string(dump.get(), "import").orElseThrow()));
            }
        }
        return out;
    }
}
