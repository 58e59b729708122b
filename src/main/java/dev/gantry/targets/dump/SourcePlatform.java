package dev.gantry.targets.dump;

import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.platformsh.PlatformshSettings;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Where an environment runs, as dump-prod reads from it: the one place that chooses, from the
 * environment's targets, in this order of preference (an environment may list several).
 */
enum SourcePlatform {
    PLATFORMSH("platformsh"),
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

    /** Whether the platform runs the environment's compose file (so dump-prod can exec into its containers). */
    boolean runsComposeFile() {
        return this == DOCKER_MACHINE || this == COMPOSE;
    }

    /**
     * The Platform.sh mount that holds NFS storage, as the platformsh target writes it: the storage
     * mount relative to the working directory of the application (`platformsh.app`, default `app`).
     */
    static Optional<String> platformshMount(Project project, Environment env, String mountPath) {
        String app = env.settings().platformsh().map(p -> p.app().value())
                .orElse(PlatformshSettings.DEFAULT_APP);
        Optional<String> workdir = Optional.ofNullable(env.services().get(app)).flatMap(s -> s.builtImage())
                .flatMap(project::workdir).map(w -> w.endsWith("/") ? w : w + "/");
        return workdir.filter(w -> mountPath.startsWith(w) && mountPath.length() > w.length())
                .map(w -> mountPath.substring(w.length()).replaceAll("/+$", ""));
    }
}
