package dev.gantry.model;

import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.model.platformsh.ServiceConfiguration;

/**
 * A service's own settings for the targets that have a per-service block ({@code services.<name>.ecs},
 * {@code services.<name>.platformsh}).
 */
public record ServiceSettings(EcsServiceSettings ecs, ServiceConfiguration platformsh) {
}
