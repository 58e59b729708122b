package dev.gantry.importer.platformsh;

import static dev.gantry.importer.Issues.notImportedYet;
import static dev.gantry.importer.Issues.notInRawYet;

import java.util.Map;
import java.util.Set;

/**
 * The keys of Platform.sh and Upsun applications, services and routes that Gantry cannot say yet,
 * and why: the table to edit when import learns a key (issue 21 added typed keys; import does not
 * write Platform.sh's {@code raw} blocks yet).
 * The keys {@link AppImport}, {@link ServiceImport} and {@link RouteImport} carry are not listed.
 */
final class PlatformKeys {

    /** Application keys that {@link AppImport} carries. */
    static final Set<String> APP_CARRIED = Set.of("name", "type", "build", "dependencies", "runtime", "variables",
            "relationships", "disk", "mounts", "web", "hooks", "crons", "workers", "timezone", "source",
            "additional_hosts");

    static final Map<String, String> APP = Map.of(
            "size", notImportedYet("an application's `size`"),
            "resources", notImportedYet("an application's `resources`"),
            "access", notInRawYet("`access`"),
            "firewall", notInRawYet("`firewall`"),
            "preflight", notInRawYet("`preflight`"),
            "container_profile", notImportedYet("`container_profile` (Upsun)"));

    static final String SOURCE_OPERATIONS = notImportedYet("`source.operations`");
    static final String WORKER_KEY = notImportedYet("this setting of a worker (its own `mounts`,"
            + " `resources`, relationships)");
    static final String SERVICE_CONFIGURATION = notImportedYet("this service `configuration`");
    static final String ROUTE_KEY = notImportedYet("this route setting (`id`, `primary`, `tls`, `ssi`, `redirects`,"
            + " `attributes`)");
    static final String OTHER = notInRawYet("it");

    private PlatformKeys() {
    }
}
