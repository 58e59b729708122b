package dev.gantry.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One environment, fully resolved: extends applied, services overridden, defaults set, settings bound;
 * how it builds the project's images where that differs ({@code images}), and the networks it
 * declares (the project's, with its own laid over them).
 */
public record Environment(Located<String> name, Optional<String> description, EnvironmentKind kind,
        Optional<String> branch, Profile profile, List<Located<String>> targets, Map<String, Service> services,
        Map<String, Located<SecretSource>> secrets, Optional<Storage> storage, EnvironmentSettings settings,
        Map<String, ImageBuild> images, Map<String, Network> networks) {

    /** {@code profile: simple} runs one instance of each service and no HTTP cache; {@code full} runs all. */
    public enum Profile {
        FULL, SIMPLE;

        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public String id() {
        return name.value();
    }

    /**
     * Whether compose builds the project's images here instead of pulling those CI pushed: by default
     * in dev and test environments, or as {@code compose.build} says.
     */
    public boolean buildsImages() {
        return settings.compose().map(c -> c.build().orElse(kind == EnvironmentKind.DEV
                || kind == EnvironmentKind.TEST)).orElse(false);
    }

    public boolean uses(String target) {
        return targets.stream().anyMatch(t -> t.value().equals(target));
    }

    /** Where the environment lists {@code target}, or its name when it does not. */
    public dev.gantry.diag.Position targetAt(String target) {
        return targets.stream().filter(t -> t.value().equals(target)).map(Located::at).findFirst()
                .orElse(name.at());
    }
}
