package dev.gantry.model;

import dev.gantry.load.YMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A service as one environment runs it, after overrides. Per-service target settings (e.g. its
 * {@code ecs:} block) stay as YAML, like an environment's, so each target binds its own.
 * {@code etcd} holds its configuration keys for etcd, each path (relative to the service, segments
 * joined with {@code /}) with its value, in source order.
 */
public record Service(Located<String> name, Optional<String> description, Located<ServiceSource> source,
        YMap config, Optional<Command> command, Optional<Command> entrypoint, Optional<String> workingDir,
        Optional<String> user, List<Port> ports, Map<String, Located<EnvValue>> env, List<String> envFiles,
        List<Located<String>> secrets, Map<String, Located<String>> labels, List<Volume> volumes,
        List<Located<String>> dependsOn, Optional<HealthCheck> healthcheck, Optional<String> restart,
        Optional<Resources> resources, OptionalInt replicas, boolean privileged, List<String> devices,
        List<String> capAdd, Map<String, String> extraHosts, List<String> networks,
        Optional<Located<String>> inFrontOf, Optional<External> external, boolean container,
        Map<String, Located<String>> etcd, Map<String, YMap> targetSettings) {

    public String id() {
        return name.value();
    }

    public Optional<String> builtImage() {
        return source.value() instanceof ServiceSource.Image image
                && image.source() instanceof ImageSource.Built built ? Optional.of(built.image()) : Optional.empty();
    }

    /** The service's own settings for a target ({@code services.<name>.ecs}), as written. */
    public Optional<YMap> settings(String target) {
        return Optional.ofNullable(targetSettings.get(target));
    }

    public Service withEnv(Map<String, Located<EnvValue>> newEnv) {
        return new Service(name, description, source, config, command, entrypoint, workingDir, user, ports, newEnv,
                envFiles, secrets, labels, volumes, dependsOn, healthcheck, restart, resources, replicas, privileged,
                devices, capAdd, extraHosts, networks, inFrontOf, external, container, etcd, targetSettings);
    }

    public Service withReplicas(OptionalInt newReplicas) {
        return new Service(name, description, source, config, command, entrypoint, workingDir, user, ports, env,
                envFiles, secrets, labels, volumes, dependsOn, healthcheck, restart, resources, newReplicas,
                privileged, devices, capAdd, extraHosts, networks, inFrontOf, external, container, etcd,
                targetSettings);
    }
}
