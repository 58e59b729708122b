package dev.gantry.catalog;

/**
 * A piece of a value: literal text, or a variable whose value is supplied where the artifact runs
 * (a secret from .env, the image tag). Targets write variables in their own syntax, e.g.
 * {@code ${DB_PASSWORD}} in compose, a `secrets` entry in ECS.
 */
public sealed interface Part {

    record Text(String text) implements Part {
    }

    record Variable(String name) implements Part {
    }
}
