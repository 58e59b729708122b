package dev.gantry.model.dockerfile;

/** The top-level {@code dockerfile:} block: how the staged Dockerfiles are kept. */
public record DockerfileSettings(StageFiles stageFiles) {

    /** What a file without the block gets: every stage file generated and committed. */
    public static final DockerfileSettings DEFAULT = new DockerfileSettings(StageFiles.COMMIT);

    /** Where the per-stage Dockerfiles ({@code .docker/<image>/Dockerfile.stage<N>}) come from. */
    public enum StageFiles {
        /** {@code gantry generate} writes them; they are committed with the other files. */
        COMMIT,
        /**
         * {@code .docker/build-stages.sh} writes each from the assembled Dockerfile when it builds it;
         * {@code .docker/.gitignore} keeps them out of git.
         */
        ON_DEMAND
    }
}
