package dev.gantry.targets.dump;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code deploy/dump-prod.sh} (seed 000: "./dk dump-prod"): copies the database and files of a
 * production environment, from whichever platform it runs on, into a local compose environment,
 * then re-initialises the local database and files from them. One per project that has a compose
 * environment and a catalog database or file storage.
 */
public final class DumpProdTarget implements Target {

    @Override
    public String name() {
        return "dump";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        Project project = plan.project();
        List<EnvironmentPlan> plans = List.copyOf(plan.environments().values());
        List<Environment> environments = plans.stream().map(EnvironmentPlan::env).toList();
        boolean local = environments.stream().anyMatch(e -> e.uses("compose"));
        boolean hasData = plans.stream()
                .anyMatch(e -> e.env().storage().isPresent() || DumpEnvironment.database(e).isPresent());
        if (!local || !hasData) {
            return List.of();
        }
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        plans.forEach(env -> rows.put(env.id(), DumpEnvironment.fields(project, env)));
        String defaultTo = environments.stream().filter(e -> e.kind() == EnvironmentKind.DEV && e.uses("compose"))
                .map(Environment::id).findFirst().orElse("");
        String defaultFrom = DumpEnvironment.firstOfKind(plans, EnvironmentKind.PROD).map(EnvironmentPlan::id)
                .orElse("");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", project);
        data.put("environments", rows);
        data.put("fields", DumpEnvironment.FIELDS);
        data.put("engines", engines(plans));
        data.put("defaultFrom", defaultFrom);
        data.put("defaultTo", defaultTo);
        return List.of(new ArtifactPlan(ArtifactPaths.DUMP_PROD, "dump/dump-prod.sh.ftl", data, ArtifactFormat.SHELL,
                "dump-prod"));
    }

    /** The dump and import commands of each database kind the environments use, from the catalog. */
    private static Map<String, Map<String, String>> engines(List<EnvironmentPlan> environments) {
        Map<String, Map<String, String>> engines = new TreeMap<>();
        for (EnvironmentPlan env : environments) {
            DumpEnvironment.database(env).flatMap(db -> env.connections().instance(db)).ifPresent(i -> {
                CatalogEntry.DumpCommands dump = i.entry().dump().orElseThrow();
                Map<String, String> commands = new LinkedHashMap<>();
                commands.put("dump_command", dump.dump());
                commands.put("client_dump_command", dump.clientDump());
                commands.put("import_command", dump.importCommand());
                engines.put(i.entry().kind(), commands);
            });
        }
        return engines;
    }
}
