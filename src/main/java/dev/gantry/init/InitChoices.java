package dev.gantry.init;

import java.util.List;
import java.util.Map;

/**
 * What `gantry init` asks: every choice with its allowed answers and default. The defaults of the
 * HTTP cache and the storage depend on the preset: a minimal project starts without them.
 */
public record InitChoices(String name, String preset, String db, String cache, String httpCache, String storage,
        String php, List<String> environments) {

    public static final List<String> PRESETS = List.of("minimal", "complete");
    public static final List<String> DATABASES = List.of("mariadb", "mysql", "postgresql", "mongodb");
    public static final List<String> CACHES = List.of("redis", "memcached", "none");
    public static final List<String> HTTP_CACHES = List.of("varnish", "disk", "none");
    public static final List<String> STORAGES = List.of("s3", "nfs", "none");
    public static final List<String> PHP_VERSIONS = List.of("8.1", "8.2", "8.3", "8.4");
    public static final List<String> ENVIRONMENTS = List.of("dev", "qa", "staging", "prod");

    /** The catalog version each choice starts with; users change it in the file. */
    public static final Map<String, String> VERSIONS = Map.of("mariadb", "11.4", "mysql", "8.4", "postgresql", "16",
            "mongodb", "7.0", "redis", "7.2", "memcached", "1.6", "varnish", "7.6", "disk", "1.27");

    public static String defaultHttpCache(String preset) {
        return preset.equals("complete") ? "varnish" : "none";
    }

    public static String defaultStorage(String preset) {
        return preset.equals("complete") ? "s3" : "none";
    }

    public boolean complete() {
        return preset.equals("complete");
    }
}
