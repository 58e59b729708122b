package dev.gantry.targets;

import java.util.Map;

/**
 * One file to generate: where, from which template, with which data. {@code context} says what it
 * is for ("environment prod", "image app") so a template error names it.
 */
public record ArtifactPlan(String path, String template, Map<String, Object> data, ArtifactFormat format,
        String context) {
}
