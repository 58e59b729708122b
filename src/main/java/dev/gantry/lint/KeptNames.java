package dev.gantry.lint;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.InstanceNames;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The names a catalog service's data and credentials are kept under ({@code data_volume},
 * {@code secrets_prefix}): given to a service that has no such thing they would do nothing; two
 * services of one environment under the same name would share one database's files or passwords.
 */
final class KeptNames implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            Map<String, Service> volumes = new LinkedHashMap<>();
            Map<String, Service> variables = new LinkedHashMap<>();
            for (Service service : env.services().values()) {
                Optional<CatalogEntry> entry = service.catalog().flatMap(use -> Catalog.get().entry(use.kind()));
                InstanceNames names = InstanceNames.of(service);
                service.mounts().dataVolume().filter(v -> entry.flatMap(CatalogEntry::data).isEmpty()).ifPresent(v ->
                        diagnostics.report(Problem.DATA_VOLUME_UNUSED, v.at(), service.id()));
                service.variables().secretsPrefix().filter(p -> entry.map(e -> e.settings().secrets().isEmpty())
                        .orElse(true)).ifPresent(p -> diagnostics.report(Problem.SECRETS_PREFIX_UNUSED, p.at(), service.id()));
                if (entry.isEmpty() || service.isExternal()) {
                    continue;
                }
                if (entry.get().data().isPresent()) {
                    shared(volumes.putIfAbsent(names.dataVolume(), service), service, env, "data_volume",
                            service.mounts().dataVolume(), "the data volume `" + names.dataVolume() + "`", diagnostics);
                }
                for (String secret : entry.get().settings().secrets()) {
                    shared(variables.putIfAbsent(names.variable(secret), service), service, env, "secrets_prefix",
                            service.variables().secretsPrefix(), "the variable `" + names.variable(secret) + "`",
                            diagnostics);
                }
            }
        }
    }

    /** {@code first} already has the name {@code second} gets, through {@code key} when {@code second} sets it. */
    private static void shared(Service first, Service second, Environment env, String key,
            Optional<Located<String>> setting, String what, Diagnostics diagnostics) {
        if (first == null) {
            return;
        }
        diagnostics.report(Problem.NAME_SHARED, setting.map(Located::at).orElse(second.name().at()), first.id(),
                second.id(), what, env.id(), key);
    }
}
