package dev.gantry.targets.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.load.YMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How Platform.sh runs a catalog kind, as the {@code platformsh:} block of its catalog entry says:
 * the service type and the versions Platform.sh offers, the endpoint relationships use, disk sizes,
 * how databases are declared, and what {@code {ref: service.field}} means there. A kind Platform.sh
 * cannot run has only {@code unsupported}: why, and what to do instead.
 */
record ServiceType(String kind, Optional<String> unsupported, String type, List<String> versions, String endpoint,
        OptionalInt disk, OptionalInt minDisk, Optional<Persistent> persistent, Optional<Databases> databases,
        Optional<String> configFile, Map<String, String> fixed, Map<String, String> ignored,
        Map<String, String> connection) {

    /** The type and default disk a setting switches to ({@code redis} becomes {@code redis-persistent}). */
    record Persistent(String type, int disk) {
    }

    /** The configuration keys of the database list and of an endpoint's default database. */
    record Databases(String list, String defaultKey) {
    }

    static ServiceType of(CatalogEntry entry) {
        YMap block = entry.extra("platformsh").orElseThrow(() ->
                new IllegalStateException("catalog kind " + entry.kind() + " has no platformsh block"));
        Optional<String> unsupported = Fields.string(block, "unsupported");
        if (unsupported.isPresent()) {
            return new ServiceType(entry.kind(), unsupported, "", List.of(), "", OptionalInt.empty(),
                    OptionalInt.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Map.of(), Map.of(),
                    Map.of());
        }
        return new ServiceType(entry.kind(), unsupported, Fields.string(block, "type").orElseThrow(),
                Fields.strings(block, "versions"), Fields.string(block, "endpoint").orElseThrow(),
                Fields.integer(block, "disk"), Fields.integer(block, "min_disk"),
                Fields.optionalMap(block, "persistent").map(p -> new Persistent(Fields.string(p, "type").orElseThrow(),
                        Fields.integer(p, "disk").orElseThrow())),
                Fields.optionalMap(block, "databases").map(d -> new Databases(Fields.string(d, "list").orElseThrow(),
                        Fields.string(d, "default").orElseThrow())),
                Fields.string(block, "config_file"), texts(block, "fixed"), texts(block, "ignored"),
                texts(block, "connection"));
    }

    /** The version line Platform.sh offers for {@code version} ({@code 10.11.9} is {@code 10.11}), if any. */
    Optional<String> line(String version) {
        return VersionLines.line(versions, version);
    }

    private static Map<String, String> texts(YMap block, String key) {
        Map<String, String> out = new LinkedHashMap<>();
        Fields.scalarMap(block, key).forEach((k, v) -> out.put(k, v.value()));
        return out;
    }
}
