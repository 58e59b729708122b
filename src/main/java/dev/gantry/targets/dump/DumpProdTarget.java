package dev.gantry.targets.dump;

import dev.gantry.bind.Fields;
import dev.gantry.catalog.Connections;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.YMap;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Project;
import dev.gantry.targets.ArtifactFormat;
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

    public static final String PATH = "deploy/dump-prod.sh";

    @Override
    public String name() {
        return "dump";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        List<Environment> environments = List.copyOf(project.environments().values());
        boolean local = environments.stream().anyMatch(e -> e.uses("compose"));
        boolean hasData = environments.stream()
                .anyMatch(e -> e.storage().isPresent() || DumpEnvironment.database(e).isPresent());
        if (!local || !hasData) {
            return List.of();
        }
        Map<String, Map<String, String>> rows = new LinkedHashMap<>();
        environments.forEach(env -> rows.put(env.id(), DumpEnvironment.fields(project, env)));
        String defaultTo = environments.stream().filter(e -> e.kind() == EnvironmentKind.DEV && e.uses("compose"))
                .map(Environment::id).findFirst().orElse("");
        String defaultFrom = DumpEnvironment.firstOfKind(project, EnvironmentKind.PROD).map(Environment::id)
                .orElse("");
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", project);
        data.put("environments", rows);
        data.put("fields", DumpEnvironment.FIELDS);
        data.put("engines", engines(environments));
        data.put("defaultFrom", defaultFrom);
        data.put("defaultTo", defaultTo);
        return List.of(new ArtifactPlan(PATH, "dump/dump-prod.sh.ftl", data, ArtifactFormat.SHELL, "dump-prod"));
    }

    /** The dump and import commands of each database kind the environments use, from the catalog. */
    private static Map<String, Map<String, String>> engines(List<Environment> environments) {
        Map<String, Map<String, String>> engines = new TreeMap<>();
        for (Environment env : environments) {
            DumpEnvironment.database(env).flatMap(db -> new Connections(env.services()).instance(db)).ifPresent(i -> {
                YMap dump = i.entry().extra("dump").orElseThrow();
                Map<String, String> commands = new LinkedHashMap<>();
                for (String key : List.of("dump", "client_dump", "import")) {
                    commands.put(key + "_command", Fields.string(dump, key).orElseThrow());
                }
                engines.put(i.entry().kind(), commands);
            });
        }
        return engines;
    }
}
