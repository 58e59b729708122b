package dev.gantry.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An image the project builds, from another of its images or from a published image. */
public record Image(Located<String> name, Optional<String> description, Located<ImageSource> from,
        Map<String, Located<String>> args, ImageConfig config, List<Stage> stages) {

    /**
     * What the image's final target says about the containers run from it: environment, labels,
     * working directory, user, exposed ports, entrypoint, command, health check and stop signal;
     * the Dockerfile frontend its build needs ({@code syntax}, the {@code # syntax=} line); and the
     * instruction lines its {@code raw.dockerfile.end} puts last.
     */
    public record ImageConfig(Map<String, Located<String>> env, Map<String, Located<String>> labels,
            Optional<String> workdir, Optional<String> user, List<Integer> expose, Optional<Command> entrypoint,
            Optional<Command> cmd, Optional<HealthCheck> healthcheck, Optional<String> stopSignal,
            Optional<Located<String>> syntax, List<Located<String>> rawEnd) {
    }

    public String id() {
        return name.value();
    }

    /**
     * The build argument that names the image it starts from, when environments start it from
     * different ones ({@code ARG APP_DEV_FROM=...} before the first {@code FROM}).
     */
    public String fromArgument() {
        return id().toUpperCase(java.util.Locale.ROOT).replace('-', '_') + "_FROM";
    }

    public Optional<String> parent() {
        return from.value() instanceof ImageSource.Built built ? Optional.of(built.image()) : Optional.empty();
    }

    public Optional<HealthCheck> healthcheck() {
        return config.healthcheck();
    }
}
