package dev.gantry.targets.compose;

import dev.gantry.catalog.Value;
import java.util.List;
import java.util.Map;

/** What a user declared on a service; it applies over the catalog's or the image's defaults. */
record UserFields(String description, List<String> entrypoint, List<Value> command, String workingDir, String user,
        List<String> ports, List<String> expose, Map<String, Value> environment, List<String> envFiles,
        Map<String, String> labels, List<String> volumes, Map<String, String> dependsOn,
        ComposeService.Health healthcheck, String restart, Double cpus, String memLimit, Integer scale,
        boolean privileged, List<String> devices, List<String> capAdd, Map<String, String> extraHosts,
        List<String> networks) {
}
