package dev.gantry.importer.compose;

import static dev.gantry.importer.Issues.COMPOSE_KEYS;
import static dev.gantry.importer.Issues.RAW;
import static dev.gantry.importer.Issues.noKey;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How each compose service key reaches environment.yaml: the one table to edit when Gantry gains a
 * key. A typed key is a rule of {@link ServiceRules}; a key Gantry cannot say yet is
 * {@code KeyRule.notCarried(reason)}, and when issue 19's {@code raw} lands, the keys below that
 * wait for it become {@code ServiceRules::raw}. A key missing from the table is reported as not
 * carried too: nothing is dropped silently.
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
        // keys issue 20 adds
        for (String key : new String[] {"tmpfs", "init", "stop_grace_period", "stop_signal", "stdin_open", "tty",
                "shm_size", "ulimits", "sysctls", "logging", "profiles", "container_name"}) {
            RULES.put(key, KeyRule.notCarried(noKey("`" + key + "`", COMPOSE_KEYS)));
        }
        RULES.put("deploy", KeyRule.notCarried(noKey("this `deploy` setting", COMPOSE_KEYS + " for placement; "
                + RAW + " otherwise")));
        // keys waiting for raw (issue 19)
        for (String key : new String[] {"hostname", "domainname", "cap_drop", "security_opt", "dns", "dns_search",
                "dns_opt", "pid", "ipc", "network_mode", "links", "external_links", "volumes_from", "platform",
                "pull_policy", "secrets", "configs", "group_add", "mac_address", "runtime", "userns_mode", "uts",
                "isolation", "oom_kill_disable", "oom_score_adj", "cpu_shares", "cpuset", "cpu_quota", "cpu_period",
                "mem_reservation", "memswap_limit", "mem_swappiness", "blkio_config", "storage_opt", "cgroup",
                "cgroup_parent", "device_cgroup_rules", "annotations", "attach", "read_only", "develop",
                "post_start", "pre_stop", "stop_timeout", "healthcheck_start_interval"}) {
            RULES.put(key, KeyRule.notCarried(noKey("`" + key + "`", RAW)));
        }
    }

    private ComposeKeys() {
    }

    static KeyRule rule(String key) {
        return RULES.getOrDefault(key, KeyRule.notCarried(noKey("`" + key + "`", RAW)));
    }
}
