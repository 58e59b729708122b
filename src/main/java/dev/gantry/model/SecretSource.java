package dev.gantry.model;

import java.util.Optional;

/** Where a secret's value lives in one environment. */
public sealed interface SecretSource {

    record Ssm(String path) implements SecretSource {
    }

    record SecretsManager(String name, Optional<String> key) implements SecretSource {
    }

    record FromEnv(String variable) implements SecretSource {
    }
}
