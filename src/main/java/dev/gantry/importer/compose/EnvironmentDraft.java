package dev.gantry.importer.compose;

import dev.gantry.importer.draft.DraftMap;
import java.util.Map;
import java.util.Optional;

/** What one environment's compose files became: its services in environment.yaml form, and its compose settings. */
public record EnvironmentDraft(String name, String kind, Map<String, DraftMap> services, Optional<String> projectName,
        Map<String, String> renamed) {
}
