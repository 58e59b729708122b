package dev.gantry.targets;

/** What an artifact is, so it can be checked as its consumer will read it before it is written. */
public enum ArtifactFormat {
    DOCKERFILE, YAML, JSON, SHELL, TEXT;

    public boolean executable() {
        return this == SHELL;
    }
}
