package dev.gantry.model;

import java.util.Optional;

/**
 * What a service's container runs, where, as whom, and how it starts and stops: with an init
 * process that reaps zombies ({@code init}), the signal and the time it gets to stop, and a kept-open
 * standard input ({@code stdinOpen}) and terminal ({@code tty}).
 */
public record Process(Optional<Command> command, Optional<Command> entrypoint, Optional<String> workingDir,
        Optional<String> user, boolean init, Optional<Located<String>> stopGracePeriod,
        Optional<Located<String>> stopSignal, boolean stdinOpen, boolean tty) {
}
