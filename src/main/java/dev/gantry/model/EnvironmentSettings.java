package dev.gantry.model;

import dev.gantry.diag.Position;
import dev.gantry.model.compose.ComposeSettings;
import dev.gantry.model.dump.DumpSettings;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.model.kubernetes.KubernetesSettings;
import dev.gantry.model.machine.MachineSettings;
import dev.gantry.model.pipelines.EnvironmentPipelineSettings;
import dev.gantry.model.platformsh.PlatformshSettings;
import java.util.Map;
import java.util.Optional;

/**
 * An environment's target settings, bound: each target's settings are present when the environment
 * uses the target (with defaults where it wrote no block), and {@code written} says which blocks the
 * file has, by key, with where each block is. {@code raw} holds the environment's {@code raw} blocks, by
 * target: what each target merges into its file-level object (the compose file, each task definition,
 * the environment's workflow jobs, the docker-machine create flags).
 */
public record EnvironmentSettings(Optional<ComposeSettings> compose, Optional<EcsSettings> ecs,
        Optional<PlatformshSettings> platformsh, Optional<MachineSettings> machine,
        Optional<EnvironmentPipelineSettings> pipelines, DumpSettings dump, Optional<KubernetesSettings> kubernetes,
        Map<String, Position> written, RawBlocks raw) {
}
