package dev.gantry.model;

/** The value of an environment variable: a literal, a secret, or another service's connection detail. */
public sealed interface EnvValue {

    record Literal(String value) implements EnvValue {
    }

    record Secret(String name) implements EnvValue {
    }

    /** {@code service.field}, e.g. {@code db.url}. */
    record Ref(String service, String field) implements EnvValue {
    }
}
