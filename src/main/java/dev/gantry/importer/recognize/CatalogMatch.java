package dev.gantry.importer.recognize;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Endpoint;
import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.model.CatalogConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A published image recognised as a catalog kind: {@code mariadb:10.11} is the catalog's mariadb at
 * version 10.11, {@code postgres:16.4-alpine} its postgresql at 16.4 (in another variant). Only a
 * version the catalog supports matches; anything else stays a published image.
 */
public record CatalogMatch(CatalogEntry entry, String version, String original) {

    private static final Pattern TAG = Pattern.compile("v?([0-9]+(?:\\.[0-9]+)*)(.*)");

    /** Image repositories of each kind besides the catalog's own. */
    private static final Map<String, List<String>> OTHER_REPOSITORIES = Map.of(
            "elasticsearch", List.of("docker.elastic.co/elasticsearch/elasticsearch"),
            "etcd", List.of("gcr.io/etcd-development/etcd", "bitnami/etcd"));

    /** The kinds import recognises: the catalog's databases, caches, HTTP caches, search engines and queues. */
    private static final List<String> KINDS = List.of("mariadb", "mysql", "postgresql", "mongodb", "redis",
            "memcached", "varnish", "solr", "elasticsearch", "opensearch", "rabbitmq", "mailpit", "adminer");

    public static Optional<CatalogMatch> of(String image) {
        if (image.contains("@")) {
            return Optional.empty(); // a digest pins more than a catalog version can
        }
        String repository = image;
        String tag = "";
        int colon = image.lastIndexOf(':');
        if (colon > image.lastIndexOf('/')) {
            repository = image.substring(0, colon);
            tag = image.substring(colon + 1);
        }
        repository = repository.replaceFirst("^(docker\\.io/)?(library/)?", "");
        Matcher m = TAG.matcher(tag);
        if (!m.matches()) {
            return Optional.empty();
        }
        for (String kind : KINDS) {
            CatalogEntry entry = Catalog.get().entry(kind).orElseThrow();
            if (!entry.image().equals(repository) && !OTHER_REPOSITORIES.getOrDefault(kind, List.of())
                    .contains(repository)) {
                continue;
            }
            String version = m.group(1);
            if (entry.supports(version)) {
                return Optional.of(new CatalogMatch(entry, version, image));
            }
        }
        return Optional.empty();
    }

    public String kind() {
        return entry.kind();
    }

    /** {@code kind:version}, as `use:` takes it. */
    public String use() {
        return kind() + ":" + version;
    }

    /** The image the catalog runs for this version. */
    public String catalogImage() {
        return instance("x", Map.of()).image();
    }

    /** Whether the catalog runs the very image the original named. */
    public boolean sameImage() {
        return catalogImage().equals(original) || ("docker.io/library/" + catalogImage()).equals(original)
                || ("library/" + catalogImage()).equals(original);
    }

    /** The catalog's instance for a service with these settings ({@code config:}). */
    public CatalogInstance instance(String service, Map<String, String> config) {
        Map<String, CatalogConfig.Setting> settings = new LinkedHashMap<>();
        config.forEach((k, v) -> settings.put(k, new CatalogConfig.Setting(Position.UNKNOWN, Position.UNKNOWN,
                k.equals("persistent") ? Boolean.valueOf(v) : v, v)));
        return new CatalogInstance(entry, service, version, new CatalogConfig(Position.UNKNOWN, settings),
                Endpoint.container(service));
    }

    /** A catalog env value as compose resolves it, with each variable given its value. */
    public static String resolve(Value value, Map<String, String> variables) {
        return value.writeNames(text -> text, name -> variables.getOrDefault(name, ""));
    }
}
