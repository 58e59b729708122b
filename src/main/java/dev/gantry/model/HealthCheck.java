package dev.gantry.model;

import java.util.Optional;
import java.util.OptionalInt;

public record HealthCheck(Optional<Command> test, Optional<String> interval, Optional<String> timeout,
        OptionalInt retries, Optional<String> startPeriod, boolean disabled) {

    /** The user's check ({@code user}) laid over the image's or catalog kind's ({@code base}) field by field. */
    public static Optional<HealthCheck> merge(Optional<HealthCheck> user, Optional<HealthCheck> base) {
        if (user.isEmpty() || base.isEmpty()) {
            return user.isPresent() ? user : base;
        }
        HealthCheck u = user.get();
        HealthCheck b = base.get();
        return Optional.of(new HealthCheck(u.test().or(b::test), u.interval().or(b::interval),
                u.timeout().or(b::timeout), u.retries().isPresent() ? u.retries() : b.retries(),
                u.startPeriod().or(b::startPeriod), u.disabled()));
    }
}
