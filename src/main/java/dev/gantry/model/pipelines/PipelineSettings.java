package dev.gantry.model.pipelines;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import dev.gantry.model.RawBlocks;
import java.util.List;
import java.util.Optional;

/**
 * The project-wide settings of the pipelines target: the top-level {@code pipelines:} block. {@code raw}
 * holds its {@code raw} blocks by workflow ({@code base-image}, {@code branch}, {@code main}), each merged
 * into the top level of that workflow file.
 */
public record PipelineSettings(Position at, Provider provider, String mainBranch, String runner,
        Optional<GantryJar> gantryJar, BaseImages baseImages, Optional<RegistryLogin> registryLogin,
        Optional<String> slackWebhookSecret, Checks checks, boolean openPullRequest, RawBlocks raw) {

    public static final String DEFAULT_MAIN_BRANCH = "main";
    public static final String DEFAULT_RUNNER = "ubuntu-24.04";

    /** The CI service the workflows are written for. */
    public enum Provider { GITHUB }

    /** The branch workflow's lint and test commands, and the image they run in (on the runner when empty). */
    public record Checks(List<String> lint, List<String> test, Optional<Located<String>> image) {
    }

    public List<String> lint() {
        return checks.lint();
    }

    public List<String> test() {
        return checks.test();
    }

    public Optional<Located<String>> checksImage() {
        return checks.image();
    }

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
