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
        List<Integer> ports = new ArrayList<>();
        Fields.list(m, "ports").forEach(p -> ports.add(((Long) ((YScalar) p).value()).intValue()));
        return new CatalogEntry(kind, Fields.string(m, "description").orElseThrow(),
                Fields.string(m, "category").orElseThrow(), Fields.string(m, "image").orElseThrow(),
                Fields.string(m, "tag").orElseThrow(), Fields.strings(m, "versions"), Fields.flag(m, "full_version"),
                Fields.integer(m, "port").orElseThrow(), ports, Fields.string(m, "data"), texts(m, "defaults"),
                Fields.strings(m, "settings"), Fields.strings(m, "secrets"), texts(m, "env"), Fields.strings(m, "command"),
                Fields.optionalMap(m, "healthcheck").map(h -> new CatalogEntry.HealthTemplate(Fields.strings(h, "test"),
                        Fields.string(h, "interval"), Fields.string(h, "timeout"),
                        Fields.integer(h, "retries").isPresent() ? Optional.of(Fields.integer(h, "retries").getAsInt())
                                : Optional.empty(),
                        Fields.string(h, "start_period"))),
                texts(m, "connection"),
                Fields.optionalMap(m, "config_file").map(f -> new CatalogEntry.ConfigFile(
                        Fields.string(f, "key").orElseThrow(), Fields.string(f, "template").orElseThrow(),
                        Fields.string(f, "name").orElseThrow(), Fields.string(f, "mount").orElseThrow())),
                Fields.flag(m, "in_front"),
                Fields.optionalMap(m, "init").map(i -> new CatalogEntry.InitTemplate(
                        Fields.string(i, "image").orElseThrow(), Fields.string(i, "tag").orElseThrow(), texts(i, "env"),
                        Fields.strings(i, "command"))),
                m);
    }

    private static Map<String, String> texts(YMap m, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Fields.map(m, key).entries().forEach((k, e) -> out.put(k, Fields.scalarText((YScalar) e.value())));
        return out;
    }
}
