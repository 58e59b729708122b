package dev.gantry.importer.compose;

import dev.gantry.importer.draft.DraftMap;
import java.util.Map;

/**
 * What one environment's compose files became: its services in environment.yaml form, and its own
 * settings ({@code networks}, {@code compose}, {@code raw}), empty when it has none.
 */
public record EnvironmentDraft(String name, String kind, Map<String, DraftMap> services, DraftMap settings,
        Map<String, String> renamed) {
}
