package dev.gantry.targets;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A rendered file: its path relative to the output folder, its exact bytes, and the values that
 * environment.yaml's {@code raw} blocks put into it (which `gantry diff` names when they change).
 */
public record Artifact(String path, String content, ArtifactFormat format, List<RawKey> raw) {

    public Artifact {
        raw = List.copyOf(raw);
    }

    public Artifact(String path, String content, ArtifactFormat format) {
        this(path, content, format, List.of());
    }

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
