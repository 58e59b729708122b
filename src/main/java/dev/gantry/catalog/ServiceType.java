package dev.gantry.catalog;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How Platform.sh runs a catalog kind, as the {@code platformsh:} block of its catalog entry says:
 * the service type and the versions Platform.sh offers (and the retired ones it still runs), the
 * endpoint relationships use, disk sizes, how databases are declared, and what
 * {@code {ref: service.field}} means there. A kind Platform.sh cannot run has only
 * {@code unsupported}: why, and what to do instead.
 */
public record ServiceType(String kind, Optional<String> unsupported, String type, List<String> versions,
        List<String> retired, String endpoint, Disk disk, Optional<Databases> databases, Optional<String> configFile,
        Map<String, String> fixed, Map<String, String> ignored, Map<String, String> connection) {

    /** Default and smallest disk in MB, and the type and disk a setting switches to ({@code redis-persistent}). */
    public record Disk(OptionalInt size, OptionalInt min, Optional<Persistent> persistent) {
    }

    /** The type and default disk a setting switches to ({@code redis} becomes {@code redis-persistent}). */
    public record Persistent(String type, int disk) {
    }

    /** The configuration keys of the database list and of an endpoint's default database. */
    public record Databases(String list, String defaultKey) {
    }

    static ServiceType unsupported(String kind, String why) {
        return new ServiceType(kind, Optional.of(why), "", List.of(), List.of(), "",
                new Disk(OptionalInt.empty(), OptionalInt.empty(), Optional.empty()), Optional.empty(),
                Optional.empty(), Map.of(), Map.of(), Map.of());
    }

    /** The version line Platform.sh offers for {@code version} ({@code 10.11.9} is {@code 10.11}), if any. */
    public Optional<String> line(String version) {
        return VersionLines.line(versions, version);
    }

    /** The line past its end of life that Platform.sh still runs for {@code version}, if any. */
    public Optional<String> retiredLine(String version) {
        return VersionLines.line(retired, version);
    }
}
