package dev.gantry.importer.compose;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each compose service key reaches environment.yaml: the one table to edit when Gantry gains a
 * key. A typed key is a rule of {@link ServiceRules} or {@link ContainerRules} (which falls back to
 * {@code raw.compose} where a value does not fit the key); any key missing from the table passes
 * through {@code raw.compose} as written ({@code ContainerRules::raw}), so nothing is dropped.
 */
final class ComposeKeys {

    private static final Map<String, KeyRule> RULES = new LinkedHashMap<>();

    static {
        // the container: image, build (their settings are carried where the service's source is decided)
        RULES.put("image", ServiceRules::image);
        RULES.put("build", ServiceRules::build);
        // typed keys of environment.yaml
        RULES.put("command", ServiceRules::command);
        RULES.put("entrypoint", ServiceRules::command);
        RULES.put("working_dir", ServiceRules::scalar);
        RULES.put("user", ServiceRules::user);
        RULES.put("environment", EnvironmentRule::carry);
        RULES.put("env_file", ServiceRules::envFiles);
        RULES.put("ports", PortRules::ports);
        RULES.put("expose", PortRules::expose);
        RULES.put("volumes", VolumeRule::carry);
        RULES.put("depends_on", DependsOnRule::carry);
        RULES.put("healthcheck", ServiceRules::healthcheck);
        RULES.put("labels", ServiceRules::labels);
        RULES.put("restart", ServiceRules::restart);
        RULES.put("cpus", ServiceRules::resources);
        RULES.put("mem_limit", ServiceRules::resources);
        RULES.put("scale", ServiceRules::replicas);
        RULES.put("privileged", ServiceRules::privileged);
        RULES.put("devices", ServiceRules::devices);
        RULES.put("cap_add", ServiceRules::capAdd);
        RULES.put("extra_hosts", ServiceRules::extraHosts);
        RULES.put("networks", ServiceRules::networks);
        RULES.put("init", ContainerRules.flag());
        RULES.put("stdin_open", ContainerRules.flag());
        RULES.put("tty", ContainerRules.flag());
        RULES.put("stop_signal", ContainerRules.stopSignal());
        RULES.put("stop_grace_period", ContainerRules.stopGracePeriod());
        RULES.put("tmpfs", ContainerRules.tmpfs());
        RULES.put("shm_size", ContainerRules.shmSize());
        RULES.put("ulimits", ContainerRules.ulimits());
        RULES.put("sysctls", ContainerRules.sysctls());
        RULES.put("logging", ContainerRules.logging());
        RULES.put("profiles", ContainerRules.profiles());
        RULES.put("container_name", ContainerRules.containerName());
        RULES.put("deploy", ContainerRules::deploy);
    }

    private ComposeKeys() {
    }

    static KeyRule rule(String key) {
        return RULES.getOrDefault(key, ContainerRules::raw);
    }
}
