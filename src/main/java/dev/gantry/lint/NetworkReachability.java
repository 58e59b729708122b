package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.model.Dependency;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * On one Docker host a container reaches another only over a network both join; a service that
 * names networks leaves the default one. So every reference between two containers of a compose
 * environment (depends_on, {@code {ref: ...}}, in_front_of) needs a network in common, or the
 * name does not even resolve. ECS and Platform.sh do not carry networks, so only environments that
 * run compose are checked.
 */
final class NetworkReachability implements LintRule {

    private static final String DEFAULT = "default";

    /** One reference: whom, where environment.yaml says it, and how (for the message). */
    private record Reference(String target, Position at, String how) {
    }

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            if (!env.uses("compose")) {
                continue;
            }
            for (Service service : env.services().values()) {
                if (service.isExternal()) {
                    continue;
                }
                for (Reference ref : references(service)) {
                    Service target = env.services().get(ref.target());
                    if (target == null || target.isExternal() || target == service) {
                        continue;
                    }
                    Set<String> common = networks(service);
                    common.retainAll(networks(target));
                    if (common.isEmpty()) {
                        diagnostics.error(Code.NO_SHARED_NETWORK, ref.at(), "`" + service.id() + "` reaches `"
                                + target.id() + "` (" + ref.how() + ") in environment `" + env.id() + "`, but they"
                                + " have no network in common: `" + service.id() + "` joins " + names(service)
                                + ", `" + target.id() + "` " + names(target), "add one of the networks of `"
                                + service.id() + "` to `" + target.id() + "` (`" + DEFAULT + "` is the network of"
                                + " services that name none)");
                    }
                }
            }
        }
    }

    private static List<Reference> references(Service service) {
        List<Reference> out = new ArrayList<>();
        for (Dependency d : service.network().dependsOn()) {
            out.add(new Reference(d.id(), d.service().at(), "depends_on"));
        }
        for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
            if (e.getValue().value() instanceof EnvValue.Ref ref) {
                out.add(new Reference(ref.service(), e.getValue().at(), "`" + e.getKey() + ": {ref: " + ref.service()
                        + "." + ref.field() + "}`"));
            }
        }
        service.placement().inFrontOf().ifPresent(f -> out.add(new Reference(f.value(), f.at(), "in_front_of")));
        return out;
    }

    private static Set<String> networks(Service service) {
        return service.network().networks().isEmpty() ? new TreeSet<>(Set.of(DEFAULT))
                : new TreeSet<>(service.network().networks());
    }

    private static String names(Service service) {
        return service.network().networks().isEmpty() ? "only the default network"
                : String.join(", ", service.network().networks().stream().map(n -> "`" + n + "`").toList());
    }
}
