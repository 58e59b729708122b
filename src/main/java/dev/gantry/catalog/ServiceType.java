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
        References references, Optional<Upgrade> upgrade) {

    /**
     * What {@code {ref: service.field}} means on Platform.sh: fields with a value of their own
     * ({@code fixed}), fields the relationship has no counterpart for ({@code ignored}), and the
     * relationship's key for each other field ({@code connection}).
     */
    public record References(Map<String, String> fixed, Map<String, String> ignored, Map<String, String> connection) {
    }

    public Map<String, String> fixed() {
        return references.fixed();
    }

    public Map<String, String> ignored() {
        return references.ignored();
    }

    public Map<String, String> connection() {
        return references.connection();
    }

    /** Default and smallest disk in MB, and the type and disk a setting switches to ({@code redis-persistent}). */
    public record Disk(OptionalInt size, OptionalInt min, Optional<Persistent> persistent) {
    }

    /** The type and default disk a setting switches to ({@code redis} becomes {@code redis-persistent}). */
    public record Persistent(String type, int disk) {
    }

    /** The configuration keys of the database list and of an endpoint's default database. */
    public record Databases(String list, String defaultKey) {
    }

    /**
     * How Platform.sh moves a database to another major line: the procedure ({@code {steps}}: the
     * versions it offers on the way), and the page of its documentation.
     */
    public record Upgrade(String procedure, Optional<String> docs) {
    }

    static ServiceType unsupported(String kind, String why) {
        return new ServiceType(kind, Optional.of(why), "", List.of(), List.of(), "",
                new Disk(OptionalInt.empty(), OptionalInt.empty(), Optional.empty()), Optional.empty(),
                Optional.empty(), new References(Map.of(), Map.of(), Map.of()), Optional.empty());
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
