package dev.gantry.model;

import dev.gantry.model.dockerfile.DockerfileSettings;
import dev.gantry.model.pipelines.PipelineSettings;
import java.util.Optional;

/** The settings of the project-wide targets, from their top-level blocks ({@code pipelines:}, {@code dockerfile:}). */
public record ProjectSettings(Optional<PipelineSettings> pipelines, DockerfileSettings dockerfile) {
}
