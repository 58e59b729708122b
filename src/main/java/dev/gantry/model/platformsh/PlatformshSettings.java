package dev.gantry.model.platformsh;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings block {@code environments.<env>.platformsh}: which service the routes lead to, the
 * domain, the router cache, the NFS storage disk, and each application's Platform.sh settings.
 */
public record PlatformshSettings(Located<String> app, boolean appNamed, Optional<String> domain, RouteCache cache,
        long storageDiskMiB, Map<String, AppSettings> apps) {

    public static final String DEFAULT_APP = "app";
    public static final long DEFAULT_STORAGE_DISK_MIB = 1024;

    /** The router cache of the primary route; {@code enabled} unset means Platform.sh's default, on. */
    public record RouteCache(Optional<Boolean> enabled, Optional<Integer> defaultTtl, List<String> cookies,
            List<String> headers) {
    }

    /** The settings of application {@code service}; empty ones when it has none. */
    public AppSettings appSettings(String service) {
        return apps.getOrDefault(service, AppSettings.none(service));
    }

    /** Where to report a problem with the block when it has no better place. */
    public Position at() {
        return app.at();
    }
}
