package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
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
            diagnostics.error(Code.TARGET_CONFIG, at.at(), "`" + key + "` has a default, so it is always set:"
                    + " `required: false` cannot leave it unset", "drop `required: false`, or the default");
        } else if (!from.variable().equals(key)) {
            diagnostics.error(Code.TARGET_CONFIG, at.at(), "`" + key + "` passes through `" + from.variable()
                    + "`, but compose passes a variable through under its own name only",
                    "write `" + key + ": {from_env: " + key + ", required: false}`, or give `" + from.variable()
                            + "` a default");
        }
    }
}
