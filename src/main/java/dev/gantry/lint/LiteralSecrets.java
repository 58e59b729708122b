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
import java.util.regex.Pattern;

/**
 * A variable named like a credential (…_PASSWORD, …_SECRET, …_TOKEN, …_KEY) must not hold a
 * literal value: it would land in committed files. Secrets go by reference. A value that cannot be
 * a credential is let through: a flag ({@code 0}, {@code yes}), a {@code host:port} (nginx's
 * {@code fastcgi_pass}), an absolute path (a key file). Any other literal says that it is no secret
 * with {@code {value: ..., not_secret: true}}, where a reviewer sees it.
 */
public final class LiteralSecrets implements LintRule {

    private static final Set<String> SECRET_WORDS = Set.of("PASSWORD", "PASSWD", "PASS", "SECRET", "TOKEN", "KEY",
            "CREDENTIALS", "APIKEY");
    private static final Set<String> FLAGS = Set.of("0", "1", "true", "false", "yes", "no", "on", "off");
    private static final Pattern HOST_PORT = Pattern.compile("^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?:[0-9]{1,5}$");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
                    if (e.getValue().value() instanceof EnvValue.Literal literal && !literal.notSecret()
                            && looksSecret(e.getKey()) && canBeSecret(literal.value())) {
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

    /** Empty, a flag, a host:port or an absolute path is no credential. */
    static boolean canBeSecret(String value) {
        return !value.isEmpty() && !FLAGS.contains(value.toLowerCase(Locale.ROOT)) && !HOST_PORT.matcher(value).matches()
                && !value.startsWith("/");
    }
}
