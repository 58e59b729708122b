package dev.gantry.targets;

import java.util.Map;

/**
 * One file to generate: where, from which template, with which data. {@code context} says what it
 * is for ("environment prod", "image app") so a template error names it; {@code raw} is what
 * environment.yaml's {@code raw} blocks put into it.
 */
public record ArtifactPlan(String path, String template, Map<String, Object> data, ArtifactFormat format,
        String context, RawContent raw) {

    public ArtifactPlan(String path, String template, Map<String, Object> data, ArtifactFormat format,
            String context) {
        this(path, template, data, format, context, RawContent.NONE);
    }
}
