package dev.gantry.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** The repository's action.yml (Gantry's GitHub Action) as YAML reads it. */
final class ActionFile {

    static final Path PATH = Path.of("action.yml");

    private final Map<String, Object> root;

    @SuppressWarnings("unchecked")
    ActionFile() throws IOException {
        root = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(PATH));
    }

    Map<String, Object> root() {
        return root;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> map(String key) {
        return (Map<String, Object>) root.get(key);
    }

    @SuppressWarnings("unchecked")
    List<Map<String, Object>> steps() {
        return (List<Map<String, Object>>) map("runs").get("steps");
    }

    /** The step with this id. */
    Map<String, Object> step(String id) {
        return steps().stream().filter(s -> id.equals(s.get("id"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    static Map<String, String> env(Map<String, Object> step) {
        return (Map<String, String>) step.getOrDefault("env", Map.of());
    }
}
