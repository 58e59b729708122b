package dev.gantry.model;

import java.util.List;
import java.util.Optional;

/**
 * One RUN instruction of a stage: a shell command, and what BuildKit mounts while it runs
 * ({@code RUN --mount=...}): a cache kept between builds, a build secret, the builder's SSH agent.
 */
public record Run(Located<String> command, List<Mount> mounts) {

    public Run {
        mounts = List.copyOf(mounts);
    }

    /** A mount for the time of one RUN. */
    public sealed interface Mount {
    }

    /** A folder kept between builds ({@code type=cache}), e.g. Composer's or apt's download cache. */
    public record Cache(String target, Optional<String> id, Optional<String> sharing) implements Mount {
    }

    /**
     * A build secret ({@code type=secret}), at {@code /run/secrets/<id>} or {@code target}; the builder
     * reads it from its environment variable of the same name. It never lands in a layer.
     */
    public record Secret(String id, Optional<String> target) implements Mount {
    }

    /** The builder's SSH agent ({@code type=ssh}), for a private repository. */
    public record Ssh(Optional<String> id) implements Mount {
    }
}
