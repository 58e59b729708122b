package dev.gantry.model;

import java.util.Optional;

/**
 * A service another one waits for before it starts ({@code depends_on}), with the condition written
 * in the long form; without one, a target waits for the service to be healthy when it has a health
 * check, else for it to start.
 */
public record Dependency(Located<String> service, Optional<Located<Condition>> condition) {

    /** What a container waits for, in compose's words and in ECS's. */
    public enum Condition {
        STARTED("service_started", "START"),
        HEALTHY("service_healthy", "HEALTHY"),
        COMPLETED("service_completed_successfully", "SUCCESS");

        private final String compose;
        private final String ecs;

        Condition(String compose, String ecs) {
            this.compose = compose;
            this.ecs = ecs;
        }

        /** {@code service_healthy}: compose's name, as environment.yaml writes it too. */
        public String compose() {
            return compose;
        }

        /** {@code HEALTHY}: the {@code condition} of an ECS container's {@code dependsOn}. */
        public String ecs() {
            return ecs;
        }

        public static Condition of(String compose) {
            for (Condition c : values()) {
                if (c.compose.equals(compose)) {
                    return c;
                }
            }
            throw new IllegalArgumentException(compose);
        }
    }

    public String id() {
        return service.value();
    }
}
