package dev.gantry.importer.platformsh;

import static dev.gantry.importer.Issues.PLATFORM_KEYS;
import static dev.gantry.importer.Issues.RAW;
import static dev.gantry.importer.Issues.noKey;

import java.util.Map;
import java.util.Set;

/**
 * The keys of Platform.sh and Upsun applications, services and routes that Gantry cannot say yet,
 * and why: the table to edit when a key lands (issue 21 adds typed keys, issue 19 {@code raw}).
 * The keys {@link AppImport}, {@link ServiceImport} and {@link RouteImport} carry are not listed.
 */
final class PlatformKeys {

    /** Application keys that {@link AppImport} carries. */
    static final Set<String> APP_CARRIED = Set.of("name", "type", "build", "dependencies", "runtime", "variables",
            "relationships", "disk", "mounts", "web", "hooks", "crons", "workers", "timezone", "source",
            "additional_hosts");

    static final Map<String, String> APP = Map.of(
            "size", noKey("an application's `size`", PLATFORM_KEYS),
            "resources", noKey("an application's `resources`", PLATFORM_KEYS),
            "access", noKey("`access`", RAW),
            "firewall", noKey("`firewall`", RAW),
            "preflight", noKey("`preflight`", RAW),
            "container_profile", noKey("`container_profile` (Upsun)", PLATFORM_KEYS));

    static final String SOURCE_OPERATIONS = noKey("`source.operations`", PLATFORM_KEYS);
    static final String WORKER_KEY = noKey("this setting of a worker (`disk`, `mounts`, `size`, its own"
            + " relationships)", PLATFORM_KEYS);
    static final String SERVICE_CONFIGURATION = noKey("this service `configuration`", PLATFORM_KEYS);
    static final String ROUTE_KEY = noKey("this route setting (`id`, `primary`, `tls`, `ssi`, `redirects`,"
            + " `attributes`)", PLATFORM_KEYS);
    static final String OTHER = noKey("it", RAW);

    private PlatformKeys() {
    }
}
