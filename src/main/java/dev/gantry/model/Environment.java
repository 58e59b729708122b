package dev.gantry.model;

import dev.gantry.load.YMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One environment, fully resolved: extends applied, services overridden, defaults set. Target
 * settings stay as YAML so each target binds its own typed settings.
 */
public record Environment(Located<String> name, Optional<String> description, EnvironmentKind kind,
        Optional<String> branch, String profile, List<Located<String>> targets, Map<String, Service> services,
        Map<String, Located<SecretSource>> secrets, Optional<Storage> storage, Map<String, YMap> targetSettings) {

    public String id() {
        return name.value();
    }

    public boolean uses(String target) {
        return targets.stream().anyMatch(t -> t.value().equals(target));
    }

    public Optional<YMap> settings(String target) {
        return Optional.ofNullable(targetSettings.get(target));
    }
}
