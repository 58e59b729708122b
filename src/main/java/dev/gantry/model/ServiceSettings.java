package dev.gantry.model;

import dev.gantry.model.ecs.EcsServiceSettings;

/** A service's own settings for the targets that have a per-service block ({@code services.<name>.ecs}). */
public record ServiceSettings(EcsServiceSettings ecs) {
}
