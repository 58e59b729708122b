package dev.gantry.model.platformsh;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.Map;
import java.util.Optional;

/**
 * {@code services.<name>.platformsh}: the {@code configuration} of a catalog service on Platform.sh
 * and Upsun beyond what {@code config:} says, each key where it was written (it applies to one kind).
 */
public record ServiceConfiguration(Position at, Optional<Located<String>> maxmemoryPolicy,
        Map<String, Located<String>> configsets, Map<String, Located<Core>> cores,
        Map<String, Located<String>> endpoints) {

    public static final ServiceConfiguration NONE = new ServiceConfiguration(Position.UNKNOWN, Optional.empty(),
            Map.of(), Map.of(), Map.of());

    /** A Solr core: its configuration folder, and its {@code core.properties}. */
    public record Core(Optional<Located<String>> confDir, Map<String, String> properties) {
    }

    public boolean isEmpty() {
        return maxmemoryPolicy.isEmpty() && configsets.isEmpty() && cores.isEmpty() && endpoints.isEmpty();
    }
}
