package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import java.util.Set;
import java.util.TreeSet;

/**
 * Two compose settings that depend on the rest of the environment. A fixed {@code container_name}
 * is global on the Docker host: fine for a developer's machine, a clash for a second environment or
 * project on a shared host, and one container where {@code replicas} asks for several. A service
 * that starts without a profile cannot wait for one that starts only with a profile it does not
 * share: compose stops with an error. Declared networks are joined by someone, and an external one
 * has no options of its own.
 */
final class ComposeOnly implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            if (!env.uses("compose")) {
                continue;
            }
            for (Service service : env.services().values()) {
                containerName(env, service, diagnostics);
                profiles(env, service, diagnostics);
            }
            networks(env, diagnostics);
        }
    }

    /** An external network has neither driver nor options of compose's; a declared network someone joins. */
    private static void networks(Environment env, Diagnostics diagnostics) {
        Set<String> joined = new TreeSet<>();
        env.services().values().forEach(s -> joined.addAll(s.network().networks()));
        env.networks().forEach((name, network) -> {
            if (network.external() && (network.driver().isPresent() || network.attachable() || network.internal())) {
                diagnostics.report(Problem.EXTERNAL_NETWORK_OPTIONS, network.at(), name);
            }
            if (!joined.contains(name)) {
                diagnostics.report(Problem.NETWORK_NOT_JOINED, network.at(), env.id(), name);
            }
        });
    }

    private static void containerName(Environment env, Service service, Diagnostics diagnostics) {
        if (service.options().containerName().isEmpty()) {
            return;
        }
        Located<String> name = service.options().containerName().get();
        int replicas = service.options().replicas().orElse(1);
        if (replicas > 1) {
            diagnostics.report(Problem.CONTAINER_NAME_WITH_REPLICAS, name.at(), service.id(), name.value(), replicas,
                    env.id());
        } else if (env.kind() != EnvironmentKind.DEV) {
            diagnostics.report(Problem.CONTAINER_NAME_OUTSIDE_DEV, name.at(), service.id(), name.value(), env.id(),
                    env.kind().label());
        }
    }

    private static void profiles(Environment env, Service service, Diagnostics diagnostics) {
        Set<String> own = names(service);
        for (Located<String> dep : service.reached()) {
            Service target = env.services().get(dep.value());
            if (target == null || target.isExternal() || target.options().profiles().isEmpty()) {
                continue;
            }
            Set<String> shared = names(target);
            shared.retainAll(own);
            if (shared.isEmpty()) {
                diagnostics.report(own.isEmpty() ? Problem.WAITS_FOR_PROFILE : Problem.WAITS_ACROSS_PROFILES, dep.at(),
                        service.id(), target.id(), String.join(" or ", names(target).stream().map(p -> "`" + p + "`")
                        .toList()));
            }
        }
    }

    private static Set<String> names(Service service) {
        Set<String> out = new TreeSet<>();
        service.options().profiles().forEach(p -> out.add(p.value()));
        return out;
    }

}
