package dev.gantry.catalog;

import java.util.Optional;

/**
 * A piece of a value: literal text, or a variable whose value is supplied where the artifact runs
 * (a secret from .env, the image tag). Targets write variables in their own syntax, e.g.
 * {@code ${DB_PASSWORD}} in compose, a `secrets` entry in ECS.
 */
public sealed interface Part {

    record Text(String text) implements Part {
    }

    /**
     * A variable read where the artifact runs. Secrets and the image tag are required and may not be
     * empty; a setting read with {@code from_env} may fall back to a value ({@code fallback}, used when
     * it is unset, or empty too unless {@code emptyAllowed}), allow an empty value, or be optional.
     */
    record Variable(String name, Optional<String> fallback, boolean emptyAllowed, boolean required) implements Part {

        public Variable(String name) {
            this(name, Optional.empty(), false, true);
        }
    }
}
