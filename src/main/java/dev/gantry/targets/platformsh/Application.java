package dev.gantry.targets.platformsh;

import dev.gantry.model.platformsh.AppSettings;
import java.util.Map;
import java.util.Optional;

/**
 * One Platform.sh application: what Gantry works out (its runtime type, variables, relationships,
 * disk and mounts, start command and workers) beside the user's own {@code settings} (build,
 * runtime, web locations, crons, hooks), which reach the file as written. Maps keep their order.
 */
public record Application(String name, Optional<String> description, String type, Optional<String> root,
        Variables variables, Map<String, String> relationships, Storage storage, Optional<String> start,
        Map<String, Worker> workers, Map<String, String> additionalHosts, AppSettings settings) {

    /** {@code variables.env} and {@code variables.php}. */
    public record Variables(Map<String, String> env, Map<String, String> php) {
    }

    /** The disk of the application, and its writable folders by path. */
    public record Storage(Optional<Long> disk, Map<String, Mount> mounts) {
    }

    /** A writable folder: {@code local} disk of the app, or {@code service} for network storage. */
    public record Mount(String source, String sourcePath, Optional<String> service) {
    }

    /** A copy of the app that runs a command instead of serving requests; empty fields are the app's. */
    public record Worker(Optional<String> description, String start, Optional<Map<String, String>> relationships,
            Optional<Variables> variables) {
    }
}
