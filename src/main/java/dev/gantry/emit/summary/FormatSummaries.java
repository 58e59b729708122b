package dev.gantry.emit.summary;

import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactSummary;
import java.util.List;

/**
 * The generic reading of an artifact by its format, for targets that bring no summary of their own. A
 * stream of YAML documents has none: the target that writes one reads it (Kubernetes objects by kind
 * and name).
 */
final class FormatSummaries {

    private static final ArtifactSummary NONE = (path, before, after) -> List.of();

    private FormatSummaries() {
    }

    static ArtifactSummary of(ArtifactFormat format) {
        return switch (format) {
            case DOCKERFILE -> new DockerfileSummary();
            case JSON -> StructureSummary.json();
            case YAML -> StructureSummary.yaml();
            case YAML_STREAM, SHELL, TEXT -> NONE;
        };
    }
}
