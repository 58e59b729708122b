package dev.gantry.lint;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.InstanceNames;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
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
                        unused(v, "`data_volume` of `" + service.id() + "`", "keeps no data in a volume", diagnostics));
                service.variables().secretsPrefix().filter(p -> entry.map(e -> e.settings().secrets().isEmpty())
                        .orElse(true)).ifPresent(p -> unused(p, "`secrets_prefix` of `" + service.id() + "`",
                        "has no credentials of its own", diagnostics));
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

    private static void unused(Located<String> setting, String what, String why, Diagnostics diagnostics) {
        diagnostics.warning(Code.UNUSED, setting.at(), what + " names nothing: the service " + why,
                "remove it; it is for catalog services that keep data (`data_volume`) or have passwords"
                        + " (`secrets_prefix`)");
    }

    /** {@code first} already has the name {@code second} gets, through {@code key} when {@code second} sets it. */
    private static void shared(Service first, Service second, Environment env, String key,
            Optional<Located<String>> setting, String what, Diagnostics diagnostics) {
        if (first == null) {
            return;
        }
        diagnostics.error(Code.SHARED_NAME, setting.map(Located::at).orElse(second.name().at()), "`" + first.id()
                + "` and `" + second.id() + "` would share " + what + " in environment `" + env.id() + "`",
                "give one of them its own `" + key + "`");
    }
}
