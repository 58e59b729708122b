package dev.gantry.plan.platform;

import dev.gantry.model.Command;
import dev.gantry.model.platformsh.AppSettings;
import java.util.Map;
import java.util.Optional;

/**
 * One application on Platform.sh or Upsun: what Gantry works out (its runtime type, variables, relationships,
 * disk and mounts, start command and workers) beside the user's own {@code settings} (build,
 * runtime, web locations, crons, hooks), which reach the file as written. Maps keep their order.
 */
public record Application(String name, Optional<String> description, String type, Optional<String> root,
        Variables variables, Relationships relationships, Storage storage, Optional<Command> start,
        Map<String, Worker> workers, Map<String, String> additionalHosts, AppSettings settings) {

    /** {@code variables.env} and {@code variables.php}. */
    public record Variables(Map<String, String> env, Map<String, String> php) {
    }

    /**
     * The disk of the application, its writable folders by path, and which of them holds the files
     * of {@code storage: {kind: nfs}}.
     */
    public record Storage(Optional<Long> disk, Map<String, Mount> mounts, Optional<String> nfsMount) {
    }

    /** A writable folder: {@code local} disk of the app, or {@code service} for network storage. */
    public record Mount(String source, String sourcePath, Optional<String> service) {
    }

    /** A copy of the app that runs a command instead of serving requests; empty fields are the app's. */
    public record Worker(Optional<String> description, Command start, Optional<Map<String, String>> relationships,
            Optional<Variables> variables) {
    }
}
