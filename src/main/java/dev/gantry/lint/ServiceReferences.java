package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.util.Similarity;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import java.util.Map;
import java.util.Set;

/**
 * Every name a service mentions (dependencies, secrets, refs, the service it fronts) must exist in
 * each set of services it is part of. A problem already found in the declared services is not
 * repeated for each environment.
 */
final class ServiceReferences implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Set<String> secrets = project.secrets().keySet();
        for (ServiceSet set : project.serviceSets()) {
            Set<String> services = set.services().keySet();
            for (Service service : set.services().values()) {
                for (Located<String> dep : service.dependsOn()) {
                    if (!services.contains(dep.value())) {
                        diagnostics.error(Code.UNKNOWN_REFERENCE, dep.at(),
                                "service `" + service.id() + "` depends on " + set.lacks(dep.value()),
                                Similarity.didYouMean(dep.value(), services, "services"));
                    }
                }
                service.inFrontOf().filter(f -> !services.contains(f.value())).ifPresent(f ->
                        diagnostics.error(Code.UNKNOWN_REFERENCE, f.at(),
                                "service `" + service.id() + "` is in front of " + set.lacks(f.value()),
                                Similarity.didYouMean(f.value(), services, "services")));
                for (Located<String> secret : service.secrets()) {
                    checkSecret(secret.value(), secret, secrets, diagnostics);
                }
                for (Map.Entry<String, Located<EnvValue>> e : service.env().entrySet()) {
                    EnvValue value = e.getValue().value();
                    if (value instanceof EnvValue.Secret s) {
                        checkSecret(s.name(), e.getValue(), secrets, diagnostics);
                    } else if (value instanceof EnvValue.Ref ref && !services.contains(ref.service())) {
                        diagnostics.error(Code.UNKNOWN_REFERENCE, e.getValue().at(),
                                "`" + e.getKey() + "` refers to service " + set.lacks(ref.service()),
                                Similarity.didYouMean(ref.service(), services, "services"));
                    }
                }
            }
        }
        for (Environment env : project.environments().values()) {
            for (Map.Entry<String, Located<dev.gantry.model.SecretSource>> s : env.secrets().entrySet()) {
                if (!secrets.contains(s.getKey())) {
                    diagnostics.error(Code.UNKNOWN_REFERENCE, s.getValue().at(),
                            "environment `" + env.id() + "` sets secret `" + s.getKey()
                                    + "`, which is not declared under `secrets:`",
                            Similarity.didYouMean(s.getKey(), secrets, "secrets"));
                }
            }
        }
    }

    private static void checkSecret(String name, Located<?> at, Set<String> secrets, Diagnostics diagnostics) {
        if (!secrets.contains(name)) {
            diagnostics.error(Code.UNKNOWN_REFERENCE, at.at(), "secret `" + name + "` is not declared",
                    Similarity.closest(name, secrets).map(s -> "did you mean `" + s + "`?")
                            .orElse("declare it under the top-level `secrets:` key"));
        }
    }
}
