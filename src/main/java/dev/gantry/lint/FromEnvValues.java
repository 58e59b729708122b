package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import java.util.Map;

/**
 * A variable passed through from where compose starts ({@code required: false}) is compose's
 * {@code - NAME}: it keeps its name, and has no default (a default makes it always set).
 */
final class FromEnvValues implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
                    if (e.getValue().value() instanceof EnvValue.FromEnv from && !from.required()) {
                        check(e.getKey(), from, e.getValue(), diagnostics);
                    }
                }
            }
        }
    }

    private static void check(String key, EnvValue.FromEnv from, Located<EnvValue> at, Diagnostics diagnostics) {
        if (from.fallback().isPresent()) {
            diagnostics.report(Problem.OPTIONAL_FROM_ENV_WITH_DEFAULT, at.at(), key);
        } else if (!from.variable().equals(key)) {
            diagnostics.report(Problem.OPTIONAL_FROM_ENV_RENAMED, at.at(), key, from.variable());
        }
    }
}
