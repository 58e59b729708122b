package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A variable named like a credential (…_PASSWORD, …_SECRET, …_TOKEN, …_KEY) must not hold a
 * literal value: it would land in committed files. Secrets go by reference.
 */
public final class LiteralSecrets implements LintRule {

    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PASS", "SECRET", "TOKEN", "KEY",
            "CREDENTIALS", "APIKEY");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
                    if (e.getValue().value() instanceof EnvValue.Literal literal && !literal.value().isEmpty()
                            && looksSecret(e.getKey())) {
                        String secret = e.getKey().toUpperCase(Locale.ROOT);
                        diagnostics.report(Problem.LITERAL_SECRET, e.getValue().at(), e.getKey(), secret);
                    }
                }
            }
        }
    }

    public static boolean looksSecret(String name) {
        String[] words = name.toUpperCase(Locale.ROOT).split("_");
        return SECRET_WORDS.contains(words[words.length - 1]);
    }
}
