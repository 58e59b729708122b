package dev.gantry.target.pipelines;

import dev.gantry.bind.Fields;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Located;
import java.util.List;
import java.util.Optional;

/** The project-wide settings of the pipelines target: the top-level {@code pipelines:} block. */
public record PipelineSettings(Position at, String mainBranch, String runner, Optional<GantryJar> gantryJar,
        Optional<List<Located<String>>> baseImages, Position baseImagesAt, List<String> baseChecks,
        Optional<RegistryLogin> registryLogin, Optional<String> slackWebhookSecret, List<String> lint,
        List<String> test, Optional<Located<String>> checksImage, boolean openPullRequest) {

    static final String DEFAULT_MAIN_BRANCH = "main";
    static final String DEFAULT_RUNNER = "ubuntu-24.04";

    static PipelineSettings bind(YMap block) {
        return new PipelineSettings(block.position(),
                Fields.string(block, "main_branch").orElse(DEFAULT_MAIN_BRANCH),
                Fields.string(block, "runner").orElse(DEFAULT_RUNNER),
                Fields.optionalMap(block, "gantry").map(jar -> new GantryJar(Fields.string(jar, "jar_url").orElseThrow(),
                        Fields.string(jar, "jar_sha256").orElseThrow())),
                block.get("base_images").map(n -> Fields.locatedStrings(block, "base_images")),
                block.keyPosition("base_images"), Fields.strings(block, "base_checks"),
                Fields.optionalMap(block, "registry_login").map(PipelineSettings::registryLogin),
                Fields.optionalMap(block, "notify").flatMap(n -> Fields.string(n, "slack_webhook_secret")),
                Fields.strings(block, "lint"), Fields.strings(block, "test"), Fields.located(block, "checks_image"),
                Fields.flag(block, "open_pull_request"));
    }

    private static RegistryLogin registryLogin(YMap login) {
        return Fields.located(login, "aws_role")
                .<RegistryLogin>map(role -> new RegistryLogin.Aws(role, Fields.string(login, "aws_region")))
                .orElseGet(() -> new RegistryLogin.Password(Fields.string(login, "username_secret").orElseThrow(),
                        Fields.string(login, "password_secret").orElseThrow()));
    }
}
