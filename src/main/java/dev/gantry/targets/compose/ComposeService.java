package dev.gantry.targets.compose;

import dev.gantry.catalog.Value;
import java.util.List;
import java.util.Map;

/** One service of a compose file, as the template writes it: plain values, null where not set. */
public record ComposeService(String name, String description, Value image, Build build, List<String> entrypoint,
        List<Value> command, String workingDir, String user, List<String> ports, List<String> expose,
        Map<String, Value> environment, List<String> envFiles, Map<String, String> labels, List<String> volumes,
        Map<String, String> dependsOn, Health healthcheck, String restart, Double cpus, String memLimit,
        Integer scale, boolean privileged, List<String> devices, List<String> capAdd, Map<String, String> extraHosts,
        List<String> networks) {

    public record Build(String context, String dockerfile, String target) {
    }

    public record Health(List<String> test, String interval, String timeout, Integer retries, String startPeriod,
            boolean disable) {
    }

    /** A container that runs once, after the services in {@code dependsOn}, and is not restarted. */
    static ComposeService oneShot(String name, String description, Value image, List<Value> command,
            Map<String, Value> environment, List<String> volumes, Map<String, String> dependsOn) {
        return new ComposeService(name, description, image, null, null, command, null, null, List.of(), List.of(),
                environment, List.of(), Map.of(), volumes, dependsOn, null, "no", null, null, null, false, List.of(),
                List.of(), Map.of(), List.of());
    }

    /** This service with what the user declared laid over it: scalars replace, lists and maps add up. */
    ComposeService withUser(UserFields u) {
        return new ComposeService(name, u.description() != null ? u.description() : description, image, build,
                u.entrypoint() != null ? u.entrypoint() : entrypoint, u.command() != null ? u.command() : command,
                u.workingDir() != null ? u.workingDir() : workingDir, u.user() != null ? u.user() : user,
                concat(ports, u.ports()), concat(expose, u.expose()), merge(environment, u.environment()),
                concat(envFiles, u.envFiles()), merge(labels, u.labels()), concat(volumes, u.volumes()),
                merge(dependsOn, u.dependsOn()), u.healthcheck() != null ? u.healthcheck() : healthcheck,
                u.restart() != null ? u.restart() : restart, u.cpus() != null ? u.cpus() : cpus,
                u.memLimit() != null ? u.memLimit() : memLimit, u.scale() != null ? u.scale() : scale,
                privileged || u.privileged(), concat(devices, u.devices()), concat(capAdd, u.capAdd()),
                merge(extraHosts, u.extraHosts()), concat(networks, u.networks()));
    }

    ComposeService withVolumeFirst(String volume) {
        return new ComposeService(name, description, image, build, entrypoint, command, workingDir, user, ports, expose,
                environment, envFiles, labels, concat(List.of(volume), volumes), dependsOn, healthcheck, restart, cpus,
                memLimit, scale, privileged, devices, capAdd, extraHosts, networks);
    }

    ComposeService withHealth(Health health) {
        return new ComposeService(name, description, image, build, entrypoint, command, workingDir, user, ports, expose,
                environment, envFiles, labels, volumes, dependsOn, health, restart, cpus, memLimit, scale, privileged,
                devices, capAdd, extraHosts, networks);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        java.util.LinkedHashSet<T> out = new java.util.LinkedHashSet<>(a);
        out.addAll(b);
        return List.copyOf(out);
    }

    private static <V> Map<String, V> merge(Map<String, V> a, Map<String, V> b) {
        Map<String, V> out = new java.util.LinkedHashMap<>(a);
        out.putAll(b);
        return out;
    }
}
