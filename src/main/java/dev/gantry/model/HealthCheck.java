package dev.gantry.model;

import java.util.Optional;
import java.util.OptionalInt;

public record HealthCheck(Optional<Command> test, Optional<String> interval, Optional<String> timeout,
        OptionalInt retries, Optional<String> startPeriod, boolean disabled) {
}
