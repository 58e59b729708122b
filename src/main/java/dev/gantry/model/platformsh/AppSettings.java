package dev.gantry.model.platformsh;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code platformsh.apps.<service>}: how Platform.sh builds and runs one application, as the user wrote it. */
public record AppSettings(String service, Position at, Optional<Located<String>> type, Optional<String> root,
        Build build, Runtime runtime, Sizing sizing, Map<String, Location> locations, Commands commands,
        Map<String, Located<String>> relationships, Map<String, WorkerSettings> workers,
        Optional<String> environment) {

    /** The hooks Platform.sh runs, in the order it runs them. */
    public static final List<String> HOOKS = List.of("build", "deploy", "post_deploy");

    /** How the application is built: the build flavor, and the global dependencies by package manager. */
    public record Build(Optional<BuildFlavor> flavor, Map<String, Map<String, String>> dependencies) {
    }

    /** {@code build.flavor}: Platform.sh's build steps for the runtime. */
    public enum BuildFlavor {
        COMPOSER, DEFAULT, NONE;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** The runtime's extensions, its {@code php} ini settings, and the time zone. */
    public record Runtime(List<String> extensions, List<String> disabledExtensions, Map<String, String> php,
            Optional<String> timezone) {
    }

    /** What the app runs besides serving: its hooks, crons and source operations, by name. */
    public record Commands(Map<String, String> hooks, Map<String, Cron> crons, Map<String, String> sourceOperations) {
    }

    /** How a web location treats requests under one path; {@code passthru} and {@code expires} keep their YAML type. */
    public record Location(String root, Object passthru, Object expires, Boolean allow, Boolean scripts,
            List<String> index, Map<String, String> headers, Map<String, Rule> rules) {
    }

    /** Settings for the paths matching one regular expression. */
    public record Rule(Boolean allow, Object expires, String passthru, Boolean scripts, Map<String, String> headers) {
    }

    /** A scheduled command. */
    public record Cron(Located<String> spec, String start, Optional<String> stop, Optional<Integer> shutdownTimeout) {
    }

    /** How a worker of the app runs, by the worker's service name. */
    public record WorkerSettings(Position at, Sizing sizing, Optional<String> preStart) {
    }

    public static AppSettings none(String service) {
        return new AppSettings(service, Position.UNKNOWN, Optional.empty(), Optional.empty(),
                new Build(Optional.empty(), Map.of()), new Runtime(List.of(), List.of(), Map.of(), Optional.empty()),
                Sizing.NONE, Map.of(), new Commands(Map.of(), Map.of(), Map.of()), Map.of(), Map.of(),
                Optional.empty());
    }
}
