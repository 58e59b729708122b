package dev.gantry.targets;

import java.nio.charset.StandardCharsets;

/** A rendered file: its path relative to the output folder, and its exact bytes. */
public record Artifact(String path, String content, ArtifactFormat format) {

    public byte[] bytes() {
        return content.getBytes(StandardCharsets.UTF_8);
    }
}
