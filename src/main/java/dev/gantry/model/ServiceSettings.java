package dev.gantry.model;

import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.model.platformsh.ServiceConfiguration;

/**
 * A service's own settings for the targets that have a per-service block ({@code services.<name>.ecs},
 * {@code services.<name>.platformsh}), and its {@code raw} blocks, by target: what each target merges
 * into the service's object in its artifact (a compose service, an ECS container definition).
 */
public record ServiceSettings(EcsServiceSettings ecs, ServiceConfiguration platformsh, RawBlocks raw) {
}
