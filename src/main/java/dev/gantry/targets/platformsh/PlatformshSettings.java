package dev.gantry.targets.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.bind.Sizes;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The settings block {@code environments.<env>.platformsh}: which service the routes lead to, the
 * domain, the router cache, the NFS storage disk, and each application's Platform.sh settings.
 */
record PlatformshSettings(Located<String> app, boolean appNamed, Optional<String> domain, RouteCache cache,
        long storageDiskMiB, Map<String, AppSettings> apps) {

    static final String DEFAULT_APP = "app";
    static final long DEFAULT_STORAGE_DISK_MIB = 1024;

    /** The router cache of the primary route; {@code enabled} unset means Platform.sh's default, on. */
    record RouteCache(Optional<Boolean> enabled, Optional<Integer> defaultTtl, List<String> cookies,
            List<String> headers) {
    }

    static PlatformshSettings of(Environment env) {
        YMap m = env.settings("platformsh").orElse(new YMap(Map.of(), env.name().at()));
        Optional<Located<String>> app = Fields.located(m, "app");
        YMap cache = Fields.map(m, "cache");
        Map<String, AppSettings> apps = new LinkedHashMap<>();
        Fields.map(m, "apps").entries().forEach((name, e) -> apps.put(name,
                new AppSettings(name, e.keyPosition(), (YMap) e.value())));
        return new PlatformshSettings(app.orElse(new Located<>(DEFAULT_APP, env.name().at())), app.isPresent(),
                Fields.string(m, "domain"),
                new RouteCache(Fields.optionalFlag(cache, "enabled"),
                        Fields.integer(cache, "default_ttl").isPresent()
                                ? Optional.of(Fields.integer(cache, "default_ttl").getAsInt()) : Optional.empty(),
                        Fields.strings(cache, "cookies"), Fields.strings(cache, "headers")),
                Fields.string(m, "storage_disk").map(Sizes::toMiB).orElse(DEFAULT_STORAGE_DISK_MIB), apps);
    }

    /** The settings of application {@code service}; empty ones when it has none. */
    AppSettings appSettings(String service) {
        return apps.getOrDefault(service, new AppSettings(service, Position.UNKNOWN, new YMap(Map.of(),
                Position.UNKNOWN)));
    }
}
