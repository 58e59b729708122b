package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
import dev.gantry.diag.Findings;
import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.SecretSource;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.util.Phrases;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code valueFrom} ARNs of secrets, built from the short references of
 * {@code environments.<env>.secrets} with the environment's partition, region and account. A
 * secret with no source there is reported once per place that needs it.
 */
final class SecretArns {

    private final Environment env;
    private final EcsSettings settings;
    private final Findings findings;
    private final Map<Position, Set<String>> missing = new LinkedHashMap<>();
    private final Map<Position, String> users = new LinkedHashMap<>();
    private boolean used;

    SecretArns(Environment env, EcsSettings settings, Findings findings) {
        this.env = env;
        this.settings = settings;
        this.findings = findings;
    }

    /** The ARN of {@code secret}; {@code user} names what needs it at {@code usedAt}, for the report. */
    Optional<String> arn(String secret, Position usedAt, String user) {
        used = true;
        Located<SecretSource> source = env.secrets().get(secret);
        if (source == null) {
            missing.computeIfAbsent(usedAt, k -> new LinkedHashSet<>()).add(secret);
            users.putIfAbsent(usedAt, user);
            return Optional.empty();
        }
        if (settings.aws().region().isEmpty() || settings.aws().account().isEmpty()) {
            return Optional.empty(); // EcsTarget reports the missing setting once
        }
        String prefix = "arn:" + settings.aws().partition().value() + ":";
        String place = ":" + settings.aws().region().get().value() + ":" + settings.aws().account().get().value() + ":";
        if (source.value() instanceof SecretSource.Ssm ssm) {
            return Optional.of(prefix + "ssm" + place + "parameter/" + ssm.path().substring(1));
        }
        if (source.value() instanceof SecretSource.SecretsManager sm) {
            return Optional.of(prefix + "secretsmanager" + place + "secret:" + sm.name()
                    + sm.key().map(k -> ":" + k + "::").orElse(""));
        }
        findings.report(Problem.ECS_SECRET_FROM_DEPLOYING_MACHINE, source.at(), secret, env.id());
        return Optional.empty();
    }

    /** Whether any container reads a secret (then ECS needs the execution role). */
    boolean used() {
        return used;
    }

    /** The secrets that have no source in this environment, one report per place that needs them. */
    void reportMissing() {
        missing.forEach((at, names) -> {
            String entries = Phrases.codes(names.stream().map(n -> "environments." + env.id() + ".secrets." + n)
                    .toList());
            String first = names.iterator().next();
            findings.report(Problem.ECS_SECRETS_WITHOUT_SOURCE, at, users.get(at), entries,
                    names.size() == 1 ? "is" : "are", names.size() == 1 ? "it" : "each", env.id(), first);
        });
    }
}
