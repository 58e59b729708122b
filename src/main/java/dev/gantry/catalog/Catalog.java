package dev.gantry.catalog;

import dev.gantry.bind.Fields;
import dev.gantry.load.BundledYaml;
import dev.gantry.load.YMap;
import dev.gantry.load.YScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The service catalog shipped in {@code catalog.yaml}: loaded once, on first use. */
public final class Catalog {

    private static final String RESOURCE = "catalog.yaml";

    private final Map<String, CatalogEntry> entries;

    private Catalog(Map<String, CatalogEntry> entries) {
        this.entries = entries;
    }

    private static final class Holder {
        static final Catalog INSTANCE = load();
    }

    public static Catalog get() {
        return Holder.INSTANCE;
    }

    public Optional<CatalogEntry> entry(String kind) {
        return Optional.ofNullable(entries.get(kind));
    }

    public Set<String> kinds() {
        return entries.keySet();
    }

    public List<CatalogEntry> entries() {
        return List.copyOf(entries.values());
    }

    private static Catalog load() {
        Map<String, CatalogEntry> entries = new LinkedHashMap<>();
        BundledYaml.load(RESOURCE).entries().forEach((kind, e) -> entries.put(kind, entry(kind, (YMap) e.value())));
        return new Catalog(entries);
    }

    private static CatalogEntry entry(String kind, YMap m) {
        return new CatalogEntry(kind, Fields.string(m, "description").orElseThrow(),
                CatalogEntry.Category.of(Fields.string(m, "category").orElseThrow()),
                new CatalogEntry.Versions(Fields.strings(m, "versions"), Fields.flag(m, "full_version"),
                        Fields.strings(m, "retired")),
                container(m),
                new CatalogEntry.Settings(texts(m, "defaults"), Fields.strings(m, "settings"),
                        Fields.strings(m, "secrets")),
                texts(m, "connection"), Fields.flag(m, "in_front"),
                new CatalogEntry.EcsMapping(Fields.string(Fields.map(m, "ecs"), "managed"),
                        Fields.strings(Fields.map(m, "ecs"), "command")),
                serviceType(kind, Fields.map(m, "platformsh")),
                Fields.optionalMap(m, "dump").map(d -> new CatalogEntry.DumpCommands(
                        Fields.string(d, "format").orElseThrow(), Fields.string(d, "dump").orElseThrow(),
                        Fields.string(d, "client_dump").orElseThrow(), Fields.string(d, "import").orElseThrow())));
    }

    private static CatalogEntry.Container container(YMap m) {
        List<Integer> ports = new ArrayList<>();
        Fields.list(m, "ports").forEach(p -> ports.add(((Long) ((YScalar) p).value()).intValue()));
        return new CatalogEntry.Container(Fields.string(m, "image").orElseThrow(),
                Fields.string(m, "tag").orElseThrow(), Fields.integer(m, "port").orElseThrow(), ports,
                Fields.string(m, "data"), texts(m, "env"), Fields.strings(m, "command"),
                Fields.optionalMap(m, "healthcheck").map(h -> new CatalogEntry.HealthTemplate(Fields.strings(h, "test"),
                        Fields.string(h, "interval"), Fields.string(h, "timeout"),
                        Fields.integer(h, "retries").isPresent() ? Optional.of(Fields.integer(h, "retries").getAsInt())
                                : Optional.empty(),
                        Fields.string(h, "start_period"))),
                Fields.optionalMap(m, "config_file").map(f -> new CatalogEntry.ConfigFile(
                        Fields.string(f, "key").orElseThrow(), Fields.string(f, "template").orElseThrow(),
                        Fields.string(f, "name").orElseThrow(), Fields.string(f, "mount").orElseThrow())),
                Fields.optionalMap(m, "init").map(i -> new CatalogEntry.InitTemplate(
                        Fields.string(i, "image").orElseThrow(), Fields.string(i, "tag").orElseThrow(), texts(i, "env"),
                        Fields.strings(i, "command"))));
    }

    /** The {@code platformsh:} block: how Platform.sh runs the kind, or why it cannot. */
    private static ServiceType serviceType(String kind, YMap block) {
        Optional<String> unsupported = Fields.string(block, "unsupported");
        if (unsupported.isPresent()) {
            return ServiceType.unsupported(kind, unsupported.get());
        }
        return new ServiceType(kind, unsupported, Fields.string(block, "type").orElseThrow(),
                Fields.strings(block, "versions"), Fields.strings(block, "retired"),
                Fields.string(block, "endpoint").orElseThrow(),
                new ServiceType.Disk(Fields.integer(block, "disk"), Fields.integer(block, "min_disk"),
                        Fields.optionalMap(block, "persistent").map(p -> new ServiceType.Persistent(
                                Fields.string(p, "type").orElseThrow(), Fields.integer(p, "disk").orElseThrow()))),
                Fields.optionalMap(block, "databases").map(d -> new ServiceType.Databases(
                        Fields.string(d, "list").orElseThrow(), Fields.string(d, "default").orElseThrow())),
                Fields.string(block, "config_file"), new ServiceType.References(texts(block, "fixed"),
                        texts(block, "ignored"), texts(block, "connection")), Fields.string(block, "upgrade")
                        .map(u -> new ServiceType.Upgrade(u, Fields.string(block, "upgrade_docs"))));
    }

    private static Map<String, String> texts(YMap m, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Fields.map(m, key).entries().forEach((k, e) -> out.put(k, Fields.scalarText((YScalar) e.value())));
        return out;
    }
}
