package dev.gantry.init;

import java.util.List;
import java.util.Map;

/**
 * What `gantry init` asks: every choice with its allowed answers and default. The defaults of the
 * HTTP cache and the storage depend on the preset: a minimal project starts without them.
 */
public record InitChoices(String name, String preset, Framework framework, String db, String cache,
        String httpCache, String storage, String php, List<String> environments, Production production) {

    public static final Answers PRESETS = new Answers(List.of("minimal", "complete"),
            List.of("min:minimal", "simple:minimal", "full:complete", "advanced:complete"));
    public static final Answers DATABASES = new Answers(List.of("mariadb", "mysql", "postgresql", "mongodb"),
            List.of("maria:mariadb", "postgres:postgresql", "pgsql:postgresql", "pg:postgresql", "mongo:mongodb"));
    public static final Answers CACHES = new Answers(List.of("redis", "memcached", "none"),
            List.of("memcache:memcached", "no:none"));
    public static final Answers HTTP_CACHES = new Answers(List.of("varnish", "disk", "none"),
            List.of("disk-cache:disk", "nginx:disk", "no:none"));
    public static final Answers STORAGES = new Answers(List.of("s3", "nfs", "none"),
            List.of("minio:s3", "efs:nfs", "disk:none", "no:none"));
    public static final Answers PHP_VERSIONS = new Answers(List.of("8.1", "8.2", "8.3", "8.4"), List.of());
    public static final List<String> ENVIRONMENTS = List.of("dev", "qa", "staging", "prod");
    public static final String DEFAULT_PHP = "8.3";

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

    /** Whether an environment heads for production (staging or prod), which CI would build and check. */
    public boolean deploys() {
        return environments.contains("prod") || environments.contains("staging");
    }

    /**
     * The environment whose compose stack CI starts to ask its first page: staging, else a prod that
     * runs compose. Only plain PHP's: a framework's first page (a 404 without routes, an installer's
     * redirect) is no sign of health. Empty when there is none.
     */
    public String smokeTested() {
        if (framework != Framework.PHP) {
            return "";
        }
        if (environments.contains("staging")) {
            return "staging";
        }
        boolean composeProd = production == Production.COMPOSE || production == Production.DOCKER_MACHINE;
        return environments.contains("prod") && composeProd ? "prod" : "";
    }

    /** Whether CI has something to do on the main branch, so init writes the `pipelines:` block: a smoke test or a deploy. */
    public boolean continuousDelivery() {
        return !smokeTested().isEmpty() || environments.contains("prod") && production == Production.ECS;
    }
}
