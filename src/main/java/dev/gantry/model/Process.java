package dev.gantry.model;

import java.util.Optional;

/** What a service's container runs, where, and as whom. */
public record Process(Optional<Command> command, Optional<Command> entrypoint, Optional<String> workingDir,
        Optional<String> user) {
}
