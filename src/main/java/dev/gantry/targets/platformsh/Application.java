package dev.gantry.targets.platformsh;

import dev.gantry.model.platformsh.AppSettings;
import java.util.List;
import java.util.Map;

/**
 * One Platform.sh application as the templates write it: plain values, null where not set. Maps
 * keep the order they are written in.
 */
public record Application(String name, String description, String type, String root, String buildFlavor,
        Map<String, Map<String, String>> dependencies, List<String> extensions, List<String> disabledExtensions,
        Map<String, String> variables, Map<String, String> php, Map<String, String> relationships, Long disk,
        Map<String, Mount> mounts, String start, Map<String, AppSettings.Location> locations, Map<String, Worker> workers,
        Map<String, AppSettings.Cron> crons, Map<String, String> hooks, Map<String, String> additionalHosts, String timezone) {

    /** A writable folder: {@code local} disk of the app, or {@code service} for network storage. */
    public record Mount(String source, String sourcePath, String service) {
    }

    /** A copy of the app that runs a command instead of serving requests; null fields are the app's. */
    public record Worker(String description, String start, Map<String, String> relationships,
            Map<String, String> variables) {
    }

}
