package dev.gantry.plan.platform;

import dev.gantry.model.Command;
import dev.gantry.model.platformsh.AppSettings;
import dev.gantry.model.platformsh.Sizing;
import java.util.Map;
import java.util.Optional;

/**
 * One application on Platform.sh or Upsun: what Gantry works out (its runtime type, variables,
 * relationships, disk and mounts, start command and workers) beside the user's own {@code settings}
 * (build, runtime, sizes, web locations, crons, hooks), which reach the file as written. Maps keep
 * their order.
 */
public record Application(String name, Optional<String> description, String type, Optional<String> root,
        Variables variables, Relationships relationships, Storage storage, Optional<Command> start,
        Map<String, Worker> workers, Map<String, String> additionalHosts, AppSettings settings) {

    /** {@code variables.env} and {@code variables.php}. */
    public record Variables(Map<String, String> env, Map<String, String> php) {
    }

    /**
     * The disk of the container's own mounts, its writable folders by path (relative to the app's
     * root), and which of them holds the files of {@code storage: {kind: nfs}}.
     */
    public record Storage(Optional<Long> disk, Map<String, Mount> mounts, Optional<String> nfsMount) {
    }

    /**
     * A writable folder, kept in {@code sourcePath} of the container's own disk ({@link Kind#LOCAL}),
     * or of network storage shared with other containers ({@link Kind#SHARED}: on Platform.sh the
     * {@code network-storage} service {@code service}, on Upsun a {@code storage} mount).
     */
    public record Mount(Kind kind, String sourcePath, Optional<String> service) {

        public enum Kind { LOCAL, SHARED }
    }

    /**
     * A copy of the app that runs a command instead of serving requests. Empty relationships,
     * variables and storage are the app's; {@code sizing} is what the user gave.
     */
    public record Worker(Optional<String> description, Command start, Optional<String> preStart,
            Optional<Map<String, String>> relationships, Optional<Variables> variables, Optional<Storage> storage,
            Sizing sizing) {
    }
}
