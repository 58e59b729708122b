package dev.gantry.model;

import java.util.Optional;

/**
 * The settings blocks an environment may hold, and the target each one configures. `dump` configures
 * none: the project-wide dump-prod script reads it whatever the environment's targets.
 */
public enum SettingsBlock {
    COMPOSE("compose", "compose"),
    ECS("ecs", "ecs"),
    PLATFORMSH("platformsh", "platformsh"),
    MACHINE("machine", "docker-machine"),
    PIPELINES("pipelines", "pipelines"),
    DUMP("dump", null);

    private final String key;
    private final String target;

    SettingsBlock(String key, String target) {
        this.key = key;
        this.target = target;
    }

    /** The key in environment.yaml, e.g. `machine`. */
    public String key() {
        return key;
    }

    /** The target the block configures, e.g. `docker-machine`. */
    public Optional<String> target() {
        return Optional.ofNullable(target);
    }

    public static Optional<SettingsBlock> of(String key) {
        for (SettingsBlock block : values()) {
            if (block.key.equals(key)) {
                return Optional.of(block);
            }
        }
        return Optional.empty();
    }
}
