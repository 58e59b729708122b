package dev.gantry.targets.control;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.plan.local.LocalRun;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ./dk}, the developer's one entry point to the local environments (seeds 000 and 001):
 * build, start, stop, status, logs, shell (temporary or persistent), exec, commit, destroy,
 * upgrade-db, for every environment that uses compose.
 */
public final class ControlScriptTarget implements Target {

    /**
     * The docker builds of an environment whose images mount build secrets, which docker-compose 1.x
     * cannot pass: each image with its target, build arguments and secrets; none when compose can
     * build them all.
     */
    private static List<Map<String, Object>> builds(ProjectPlan plan, Map<String, LocalContainer.LocalImage> built) {
        boolean secrets = built.values().stream()
                .anyMatch(i -> !plan.images().buildSecrets(i.buildTarget().orElseThrow()).isEmpty());
        if (!secrets) {
            return List.of();
        }
        List<Map<String, Object>> out = new ArrayList<>();
        built.forEach((tag, image) -> out.add(Map.of("tag", tag, "target", image.buildTarget().orElseThrow(),
                "args", image.buildArgs().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList(),
                "secrets", plan.images().buildSecrets(image.buildTarget().orElseThrow()))));
        return out;
    }

    @Override
    public String name() {
        return "control";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        Project project = plan.project();
        List<EnvironmentPlan> environments = plan.select(e -> e.local().isPresent());
        if (environments.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> rows = new ArrayList<>();
        for (EnvironmentPlan envPlan : environments) {
            Environment env = envPlan.env();
            LocalRun run = envPlan.local().orElseThrow();
            Map<String, LocalContainer.LocalImage> built = new LinkedHashMap<>();
            run.containers().stream().map(LocalContainer::image).filter(i -> i.buildTarget().isPresent())
                    .forEach(i -> built.putIfAbsent(i.reference().literal().orElseThrow(), i));
            rows.add(Map.of("name", env.id(), "file", ArtifactPaths.composeFile(env.id()),
                    "projectName", run.projectName(), "services", run.containerNames(),
                    "images", List.copyOf(built.keySet()), "builds", builds(plan, built), "databases",
                    databases(run)));
        }
        Environment defaultEnv = environments.stream().map(EnvironmentPlan::env)
                .filter(e -> e.kind() == EnvironmentKind.DEV).findFirst().orElse(environments.get(0).env());
        return List.of(new ArtifactPlan(ArtifactPaths.CONTROL, "control/dk.sh.ftl",
                Map.of("project", project, "environments", rows, "defaultEnvironment", defaultEnv.id(),
                        "hasImages", !project.images().isEmpty()),
                ArtifactFormat.SHELL, "the control script"));
    }

    /**
     * What upgrade-db needs of each database the environment runs in a container: the image the compose
     * file runs, its data volume, its database, and the catalog's commands that dump it in its container
     * and import a dump into it.
     */
    private static List<Map<String, String>> databases(LocalRun run) {
        List<Map<String, String>> out = new ArrayList<>();
        for (LocalContainer c : run.containers()) {
            c.instance().filter(i -> c.role() == LocalContainer.Role.SERVICE
                    && i.entry().category() == CatalogEntry.Category.DATABASE && i.entry().data().isPresent())
                    .ifPresent(i -> i.entry().dump().ifPresent(dump -> out.add(Map.of("service", c.name(),
                            "image", i.image(), "volume", i.dataVolume().orElseThrow(),
                            "database", i.setting("database").orElse(""), "dump", dump.dump(),
                            "import", dump.importCommand()))));
        }
        return out;
    }
}
