package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.Optional;

/**
 * A network the services of an environment join, as {@code networks:} declares it: one made by
 * compose (with a {@code driver}, {@code attachable} by other containers, {@code internal}: no
 * way out), or one that exists already ({@code external}, under its own {@code name}).
 */
public record Network(boolean external, Optional<String> name, Optional<String> driver, boolean attachable,
        boolean internal, Position at) {
}
