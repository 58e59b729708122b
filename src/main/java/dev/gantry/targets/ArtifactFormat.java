package dev.gantry.targets;

/** What an artifact is, so it can be checked as its consumer will read it before it is written. */
public enum ArtifactFormat {
    /** {@code YAML_STREAM}: YAML documents, each after a {@code ---} line (Kubernetes manifests). */
    DOCKERFILE, YAML, YAML_STREAM, JSON, SHELL, TEXT;

    public boolean executable() {
        return this == SHELL;
    }
}
