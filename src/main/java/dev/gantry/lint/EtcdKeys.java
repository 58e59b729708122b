package dev.gantry.lint;

import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Components' etcd keys need exactly one etcd service in each environment to hold them, and reach
 * it only through a seed script of a compose or Kubernetes environment; a component that reads from etcd (its env
 * references the etcd service) but declares no keys is probably missing them.
 */
final class EtcdKeys implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            List<Service> etcd = EtcdSeed.etcdServices(env);
            List<Service> components = EtcdSeed.components(env);
            if (!components.isEmpty()) {
                checkStore(env, etcd, components, diagnostics);
            }
            Set<String> etcdNames = etcd.stream().map(Service::id).collect(Collectors.toSet());
            for (Service service : env.services().values()) {
                if (service.etcd().isEmpty() && service.placement().external().isEmpty()) {
                    checkReader(service, etcdNames, diagnostics);
                }
            }
        }
    }

    private static void checkStore(Environment env, List<Service> etcd, List<Service> components,
            Diagnostics diagnostics) {
        if (etcd.isEmpty()) {
            for (Service component : components) {
                diagnostics.error(Code.UNKNOWN_REFERENCE, firstKey(component),
                        "service `" + component.id() + "` declares etcd keys, but environment `" + env.id()
                                + "` runs no etcd service to hold them",
                        "add a service with `use: etcd:<version>` (the catalog's etcd), or remove the `etcd:` keys");
            }
        } else if (etcd.size() > 1) {
            diagnostics.error(Code.SERVICE_KIND, etcd.get(1).source().at(),
                    "environment `" + env.id() + "` runs " + etcd.size() + " etcd services ("
                            + etcd.stream().map(s -> "`" + s.id() + "`").collect(Collectors.joining(", "))
                            + "), so it is not clear which one holds the etcd keys of its components",
                    "keep one etcd service in this environment, e.g. remove the others with `services: {"
                            + etcd.get(1).id() + ": null}`");
        } else if (!env.uses("compose") && !env.uses("kubernetes")) {
            diagnostics.warning(Code.DROPPED_FIELD, env.name().at(),
                    "the etcd keys of environment `" + env.id() + "` are not seeded: seed scripts are generated "
                            + "for environments with the compose or kubernetes target only",
                    "run the seed script of a compose environment against this environment's etcd "
                            + "(docker/<env>/" + etcd.get(0).id() + "/seed.sh --endpoints URL)");
        }
    }

    private static void checkReader(Service service, Set<String> etcdNames, Diagnostics diagnostics) {
        for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
            if (e.getValue().value() instanceof EnvValue.Ref ref && etcdNames.contains(ref.service())) {
                diagnostics.warning(Code.UNUSED, e.getValue().at(),
                        "service `" + service.id() + "` reads from etcd (`" + e.getKey() + ": {ref: " + ref.service()
                                + "." + ref.field() + "}`) but declares no etcd keys",
                        "declare the configuration it reads under `etcd:` in the service, so the seed script puts "
                                + "it into " + ref.service());
                return;
            }
        }
    }

    private static Position firstKey(Service component) {
        return component.etcd().values().iterator().next().at();
    }
}
