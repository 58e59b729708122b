package dev.gantry.lint;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.InstanceNames;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Dependency;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import dev.gantry.model.ServiceSource;
import dev.gantry.util.Similarity;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every name a service mentions (dependencies, secrets, refs, the service it fronts) must exist in
 * each set of services it is part of. A problem already found in the declared services is not
 * repeated for each environment. An environment may say where a declared secret comes from, or a
 * credential of one of its catalog services (DB_PASSWORD of a service `db`), which a target such as
 * ECS reads from the environment's secret store.
 */
final class ServiceReferences implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Set<String> secrets = project.secrets().keySet();
        for (ServiceSet set : project.serviceSets()) {
            Set<String> services = set.services().keySet();
            for (Service service : set.services().values()) {
                for (Located<String> dep : service.network().dependsOn().stream().map(Dependency::service).toList()) {
                    if (!services.contains(dep.value())) {
                        diagnostics.report(Problem.DEPENDS_ON_UNKNOWN, dep.at(), service.id(), set.lacks(dep.value()),
                                Similarity.didYouMean(dep.value(), services, "services"));
                    }
                }
                service.placement().inFrontOf().filter(f -> !services.contains(f.value())).ifPresent(f ->
                        diagnostics.report(Problem.IN_FRONT_OF_UNKNOWN, f.at(), service.id(), set.lacks(f.value()),
                                Similarity.didYouMean(f.value(), services, "services")));
                for (Located<String> secret : service.variables().secrets()) {
                    checkSecret(secret.value(), secret, secrets, diagnostics);
                }
                for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
                    EnvValue value = e.getValue().value();
                    if (value instanceof EnvValue.Secret s) {
                        checkSecret(s.name(), e.getValue(), secrets, diagnostics);
                    } else if (value instanceof EnvValue.Ref ref && !services.contains(ref.service())) {
                        diagnostics.report(Problem.REF_TO_UNKNOWN_SERVICE, e.getValue().at(), e.getKey(),
                                set.lacks(ref.service()),
                                Similarity.didYouMean(ref.service(), services, "services"));
                    }
                }
            }
        }
        for (Environment env : project.environments().values()) {
            Set<String> settable = new TreeSet<>(secrets);
            settable.addAll(catalogSecrets(env));
            for (Map.Entry<String, Located<dev.gantry.model.SecretSource>> s : env.secrets().entrySet()) {
                if (!settable.contains(s.getKey())) {
                    diagnostics.report(Problem.UNKNOWN_ENVIRONMENT_SECRET, s.getValue().at(), env.id(), s.getKey(),
                            Similarity.didYouMean(s.getKey(), settable, "secrets"));
                }
            }
        }
    }

    /** The variables that hold the credentials of the environment's catalog services, e.g. DB_PASSWORD. */
    private static Set<String> catalogSecrets(Environment env) {
        Set<String> out = new TreeSet<>();
        for (Service service : env.services().values()) {
            if (service.source().value() instanceof ServiceSource.Catalog use) {
                Catalog.get().entry(use.kind()).ifPresent(entry -> entry.settings().secrets().forEach(secret ->
                        out.add(InstanceNames.of(service).variable(secret))));
            }
        }
        return out;
    }

    private static void checkSecret(String name, Located<?> at, Set<String> secrets, Diagnostics diagnostics) {
        if (!secrets.contains(name)) {
            diagnostics.report(Problem.UNDECLARED_SECRET, at.at(), name,
                    Similarity.closest(name, secrets).map(s -> "did you mean `" + s + "`?")
                            .orElse("declare it under the top-level `secrets:` key"));
        }
    }
}
