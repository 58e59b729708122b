package dev.gantry.model;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a service's containers run: health, restarts, limits, instances, privileges, labels, kernel
 * settings, logging; the compose profiles that start it ({@code profiles}: none means always) and a
 * fixed container name.
 */
public record ContainerOptions(Optional<HealthCheck> healthcheck, Optional<Restart> restart,
        Optional<Resources> resources, OptionalInt replicas, boolean privileged, List<String> devices,
        List<String> capAdd, Map<String, Located<String>> labels, Limits limits, Optional<Logging> logging,
        List<Located<String>> profiles, Optional<Located<String>> containerName) {

    /** When a container is restarted, in compose's words. */
    public enum Restart {
        NO, ALWAYS, ON_FAILURE, UNLESS_STOPPED;

        /** The policy as compose writes it: {@code no}, {@code on-failure}, ... */
        public String value() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public static Restart of(String value) {
            return valueOf(value.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }
}
