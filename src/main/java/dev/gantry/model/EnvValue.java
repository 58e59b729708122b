package dev.gantry.model;

import java.util.Optional;

/**
 * The value of an environment variable: a literal, a secret, another service's connection detail,
 * or a variable read where the stack starts.
 */
public sealed interface EnvValue {

    /** Text as written; {@code notSecret} when environment.yaml says that a value named like a credential is none. */
    record Literal(String value, boolean notSecret) implements EnvValue {

        public Literal(String value) {
            this(value, false);
        }
    }

    record Secret(String name) implements EnvValue {
    }

    /** {@code service.field}, e.g. {@code db.url}. */
    record Ref(String service, String field) implements EnvValue {
    }

    /**
     * A variable that is no secret, read from {@code .env} or the shell where compose starts the stack
     * ({@code from_env}): with {@code fallback} when it is unset (or empty, unless {@code emptyAllowed});
     * without one, an unset variable stops compose when {@code required}, and is passed through
     * (the container does not get it) otherwise.
     */
    record FromEnv(String variable, Optional<String> fallback, boolean emptyAllowed, boolean required)
            implements EnvValue {
    }
}
