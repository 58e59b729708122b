package dev.gantry.model;

import java.util.Optional;
import java.util.OptionalInt;

/** A managed service reached at an endpoint instead of run as a container. */
public record External(String host, OptionalInt port, Optional<String> user, Optional<String> database,
        Optional<String> passwordSecret) {
}
