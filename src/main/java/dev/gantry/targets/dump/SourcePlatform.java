package dev.gantry.targets.dump;

import dev.gantry.model.Environment;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where an environment runs, as dump-prod reads from it: the one place that chooses, from the
 * environment's targets, in this order of preference (an environment may list several).
 */
enum SourcePlatform {
    PLATFORMSH("platformsh"),
    UPSUN("upsun"),
    DOCKER_MACHINE("docker-machine"),
    ECS("ecs"),
    COMPOSE("compose");

    /** The database formats {@code platform db:dump} writes. */
    static final Set<String> PLATFORMSH_FORMATS = Set.of("mysql", "postgresql");

    private final String target;

    SourcePlatform(String target) {
        this.target = target;
    }

    String target() {
        return target;
    }

    static Optional<SourcePlatform> of(Environment env) {
        return Arrays.stream(values()).filter(p -> env.uses(p.target)).findFirst();
    }

    /** Platform.sh or Upsun, read with their command-line client ({@code platform}, {@code upsun}). */
    boolean readByCli() {
        return this == PLATFORMSH || this == UPSUN;
    }

    /** Whether the platform runs the environment's compose file (so dump-prod can exec into its containers). */
    boolean runsComposeFile() {
        return this == DOCKER_MACHINE || this == COMPOSE;
    }
}
