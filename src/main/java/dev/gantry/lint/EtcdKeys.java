package dev.gantry.lint;

import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
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
                diagnostics.report(Problem.ETCD_KEYS_WITHOUT_ETCD, firstKey(component), component.id(), env.id());
            }
        } else if (etcd.size() > 1) {
            diagnostics.report(Problem.ETCD_SERVICES_AMBIGUOUS, etcd.get(1).source().at(), env.id(), etcd.size(),
                    etcd.stream().map(s -> "`" + s.id() + "`").collect(Collectors.joining(", ")), etcd.get(1).id());
        } else if (!env.uses("compose") && !env.uses("kubernetes")) {
            diagnostics.report(Problem.ETCD_KEYS_NOT_SEEDED, env.name().at(), env.id(), etcd.get(0).id());
        }
    }

    private static void checkReader(Service service, Set<String> etcdNames, Diagnostics diagnostics) {
        for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
            if (e.getValue().value() instanceof EnvValue.Ref ref && etcdNames.contains(ref.service())) {
                diagnostics.report(Problem.ETCD_READ_WITHOUT_KEYS, e.getValue().at(), service.id(), e.getKey(),
                        ref.service(), ref.field());
                return;
            }
        }
    }

    private static Position firstKey(Service component) {
        return component.etcd().values().iterator().next().at();
    }
}
