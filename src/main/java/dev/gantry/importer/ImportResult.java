package dev.gantry.importer;

import dev.gantry.importer.compose.ResolvedCompose;
import dev.gantry.importer.dockerfile.DockerfileImporter;
import dev.gantry.importer.platformsh.PlatformImport;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What an import made: the text of environment.yaml, the findings and secrets behind it, and what
 * verify compares the generated files with: each environment's resolved compose files (with the
 * names its services were given), the Dockerfiles read, and the Platform.sh or Upsun configuration.
 */
public record ImportResult(String yaml, ImportContext context, Map<String, ResolvedCompose> composes,
        Map<String, Map<String, String>> renamed, List<DockerfileImporter.Imported> dockerfiles,
        Optional<PlatformImport> platform) {
}
