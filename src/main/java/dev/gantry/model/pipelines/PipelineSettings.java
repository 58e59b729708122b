package dev.gantry.model.pipelines;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.List;
import java.util.Optional;

/** The project-wide settings of the pipelines target: the top-level {@code pipelines:} block. */
public record PipelineSettings(Position at, Provider provider, String mainBranch, String runner,
        Optional<GantryJar> gantryJar,
        BaseImages baseImages, Optional<RegistryLogin> registryLogin, Optional<String> slackWebhookSecret,
        List<String> lint, List<String> test, Optional<Located<String>> checksImage, boolean openPullRequest) {

    public static final String DEFAULT_MAIN_BRANCH = "main";
    public static final String DEFAULT_RUNNER = "ubuntu-24.04";

    /** The CI service the workflows are written for. */
    public enum Provider { GITHUB }

    /** A Gantry jar that branch.yml downloads instead of using Gantry's GitHub Action: {@code pipelines.gantry}. */
    public record GantryJar(String url, String sha256) {
    }

    /**
     * The images base-image.yml builds ({@code listed}, empty when the key is absent: Gantry picks
     * them), where the key is, and the commands that check a freshly built base image.
     */
    public record BaseImages(Optional<List<Located<String>>> listed, Position at, List<String> checks) {
    }
}
