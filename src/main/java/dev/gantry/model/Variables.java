package dev.gantry.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a service's container finds in its environment: variables, env files, and secrets by name;
 * {@code secretsPrefix} names the variables a catalog service's credentials are read from
 * ({@code secrets_prefix: DB} gives {@code DB_PASSWORD}) when the file gives it, so that renaming
 * the service keeps them.
 */
public record Variables(Map<String, Located<EnvValue>> env, List<String> envFiles, List<Located<String>> secrets,
        Optional<Located<String>> secretsPrefix) {
}
