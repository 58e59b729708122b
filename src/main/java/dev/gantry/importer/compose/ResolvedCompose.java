package dev.gantry.importer.compose;

import java.util.List;
import java.util.Map;

/** The services of one environment's compose files, resolved, and the file-level settings (volumes, networks). */
public record ResolvedCompose(ComposeProject project, Map<String, ResolvedService> services,
        Map<List<String>, Leaf> top) {
}
