package dev.gantry.lint;

import dev.gantry.catalog.Catalog;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.ContainerOptions;
import dev.gantry.model.Dependency;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;

/**
 * A condition in {@code depends_on} must be one the dependency can meet: {@code service_healthy}
 * needs a health check (compose refuses to start otherwise), {@code service_completed_successfully}
 * a container that ends: not a catalog service, nor one restarted whenever it stops.
 */
final class StartConditions implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                for (Dependency d : service.network().dependsOn()) {
                    Service target = set.services().get(d.id());
                    if (target != null && !target.isExternal() && d.condition().isPresent()) {
                        check(project, service, target, d.condition().get(), diagnostics);
                    }
                }
            }
        }
    }

    private static void check(Project project, Service service, Service target, Located<Dependency.Condition> condition,
            Diagnostics diagnostics) {
        switch (condition.value()) {
            case HEALTHY -> {
                if (!hasHealthCheck(project, target)) {
                    diagnostics.report(Problem.WAITS_HEALTHY_WITHOUT_CHECK, condition.at(), service.id(), target.id());
                }
            }
            case COMPLETED -> {
                if (target.catalog().isPresent()) {
                    diagnostics.report(Problem.WAITS_COMPLETED_CATALOG_SERVICE, condition.at(), service.id(), target.id(),
                            target.catalog().get().kind());
                } else if (target.options().restart().filter(r -> r == ContainerOptions.Restart.ALWAYS
                        || r == ContainerOptions.Restart.UNLESS_STOPPED).isPresent()) {
                    diagnostics.report(Problem.WAITS_COMPLETED_RESTARTING, condition.at(), service.id(), target.id(),
                            target.options().restart().get().value());
                }
            }
            default -> {
            }
        }
    }

    /** The service's own check unless it turns one off, else its catalog kind's, else its image's. */
    static boolean hasHealthCheck(Project project, Service service) {
        if (service.options().healthcheck().isPresent()) {
            return !service.options().healthcheck().get().disabled();
        }
        if (service.catalog().isPresent()) {
            return Catalog.get().entry(service.catalog().get().kind())
                    .flatMap(e -> e.container().healthcheck()).isPresent();
        }
        return service.builtImage().flatMap(project::healthcheck).filter(h -> !h.disabled()).isPresent();
    }
}
