package dev.gantry.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** An image the project builds, from another of its images or from a published image. */
public record Image(Located<String> name, Optional<String> description, Located<ImageSource> from,
        Map<String, Located<String>> args, Map<String, Located<String>> env, Map<String, Located<String>> labels,
        Optional<String> workdir, Optional<String> user, List<Integer> expose, Optional<Command> entrypoint,
        Optional<Command> cmd, Optional<HealthCheck> healthcheck, List<Stage> stages) {

    public String id() {
        return name.value();
    }

    public Optional<String> parent() {
        return from.value() instanceof ImageSource.Built built ? Optional.of(built.image()) : Optional.empty();
    }

    /** The images this one needs built before it: its parent, then the images its stages copy from, in file order. */
    public List<String> needs() {
        List<String> out = new java.util.ArrayList<>();
        parent().ifPresent(out::add);
        stages.forEach(s -> s.copy().forEach(c -> c.fromImage().ifPresent(out::add)));
        return out;
    }
}
