package dev.gantry.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One environment, fully resolved: extends applied, services overridden, defaults set, settings bound. */
public record Environment(Located<String> name, Optional<String> description, EnvironmentKind kind,
        Optional<String> branch, Profile profile, List<Located<String>> targets, Map<String, Service> services,
        Map<String, Located<SecretSource>> secrets, Optional<Storage> storage, EnvironmentSettings settings) {

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

    public boolean uses(String target) {
        return targets.stream().anyMatch(t -> t.value().equals(target));
    }

    /** Where the environment lists {@code target}, or its name when it does not. */
    public dev.gantry.diag.Position targetAt(String target) {
        return targets.stream().filter(t -> t.value().equals(target)).map(Located::at).findFirst()
                .orElse(name.at());
    }
}
