package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
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
                for (Located<String> ref : service.reached()) {
                    Service target = env.services().get(ref.value());
                    if (target == null || target.isExternal() || target == service) {
                        continue;
                    }
                    Set<String> common = networks(service);
                    common.retainAll(networks(target));
                    if (common.isEmpty()) {
                        diagnostics.report(Problem.NO_SHARED_NETWORK, ref.at(), service.id(), target.id(), env.id(),
                                names(service), names(target), DEFAULT);
                    }
                }
            }
        }
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
