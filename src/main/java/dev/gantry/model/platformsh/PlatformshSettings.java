package dev.gantry.model.platformsh;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.Map;

/**
 * The settings block {@code environments.<env>.platformsh}, which the Platform.sh and Upsun targets
 * both read: which service the routes lead to, the routes, the network storage, the form of the
 * application file, and each application's settings.
 */
public record PlatformshSettings(Located<String> app, boolean appNamed, Routing routing, NetworkStorage storage,
        java.util.Optional<Located<Boolean>> applicationsFile, Map<String, AppSettings> apps) {

    public static final String DEFAULT_APP = "app";
    public static final String DEFAULT_STORAGE_SERVICE = "storage";

    /**
     * The {@code network-storage} service that holds NFS storage and the volumes applications share
     * with their workers: its name, and its disk when given (Platform.sh only).
     */
    public record NetworkStorage(String service, java.util.Optional<Located<Long>> diskMiB) {
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
