package dev.gantry.bind.pipelines;

import dev.gantry.bind.Fields;
import dev.gantry.bind.RawBinder;
import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.model.Located;
import dev.gantry.model.pipelines.EnvironmentPipelineSettings;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.model.pipelines.RegistryLogin;
import dev.gantry.model.pipelines.Rollout;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Binds the top-level {@code pipelines:} block and each environment's {@code pipelines:} block. */
public final class PipelineSettingsBinder {

    private PipelineSettingsBinder() {
    }

    public static PipelineSettings project(YMap block) {
        return new PipelineSettings(block.position(),
                PipelineSettings.Provider.valueOf(Fields.string(block, "provider").orElse("github")
                        .toUpperCase(java.util.Locale.ROOT)),
                Fields.string(block, "main_branch").orElse(PipelineSettings.DEFAULT_MAIN_BRANCH),
                Fields.string(block, "runner").orElse(PipelineSettings.DEFAULT_RUNNER),
                Fields.optionalMap(block, "gantry").map(jar -> new PipelineSettings.GantryJar(
                        Fields.string(jar, "jar_url").orElseThrow(), Fields.string(jar, "jar_sha256").orElseThrow())),
                new PipelineSettings.BaseImages(
                        block.get("base_images").map(n -> Fields.locatedStrings(block, "base_images")),
                        block.keyPosition("base_images"), Fields.strings(block, "base_checks")),
                Fields.optionalMap(block, "registry_login").map(PipelineSettingsBinder::registryLogin),
                Fields.optionalMap(block, "notify").flatMap(n -> Fields.string(n, "slack_webhook_secret")),
                new PipelineSettings.Checks(Fields.strings(block, "lint"), Fields.strings(block, "test"),
                        Fields.located(block, "checks_image")),
                Fields.flag(block, "open_pull_request"), RawBinder.blocks(block));
    }

    private static RegistryLogin registryLogin(YMap login) {
        return Fields.located(login, "aws_role")
                .<RegistryLogin>map(role -> new RegistryLogin.Aws(role, Fields.string(login, "aws_region")))
                .orElseGet(() -> new RegistryLogin.Password(Fields.string(login, "username_secret").orElseThrow(),
                        Fields.string(login, "password_secret").orElseThrow()));
    }

    public static EnvironmentPipelineSettings environment(SettingsBlocks.Context context, Optional<YMap> given) {
        YMap block = given.orElse(new YMap(Map.of(), context.environment().at()));
        List<EnvironmentPipelineSettings.SmokeCheck> smoke = new ArrayList<>();
        for (YNode item : Fields.list(block, "smoke")) {
            YMap check = (YMap) item;
            smoke.add(new EnvironmentPipelineSettings.SmokeCheck(Fields.located(check, "service").orElseThrow(),
                    integer(check, "port"), Fields.string(check, "path").orElse("/"),
                    Fields.integer(check, "status").orElse(200), Fields.string(check, "contains")));
        }
        return new EnvironmentPipelineSettings(block.keyPosition("smoke"), smoke,
                Fields.optionalMap(block, "deploy").map(d -> deploy(d, block.keyPosition("deploy"))));
    }

    private static EnvironmentPipelineSettings.Deploy deploy(YMap deploy, Position at) {
        Map<String, EnvironmentPipelineSettings.ServiceDeploy> services = new LinkedHashMap<>();
        Fields.map(deploy, "services").entries().forEach((name, entry) -> {
            YMap s = (YMap) entry.value();
            services.put(name, new EnvironmentPipelineSettings.ServiceDeploy(entry.keyPosition(),
                    Fields.string(s, "ecs_service"), rollout(s), integer(s, "port")));
        });
        return new EnvironmentPipelineSettings.Deploy(at, Fields.string(deploy, "cluster").orElseThrow(),
                Fields.string(deploy, "aws_role").orElseThrow(), Fields.string(deploy, "region"), rollout(deploy),
                Fields.optionalMap(deploy, "approval").flatMap(a -> Fields.string(a, "environment")), services);
    }

    private static Rollout rollout(YMap map) {
        return new Rollout(Fields.located(map, "strategy").map(s -> new Located<>(Rollout.Strategy.of(s.value()),
                        s.at())),
                integer(map, "min_healthy_percent"), integer(map, "max_percent"),
                Fields.optionalMap(map, "codedeploy").map(c -> new Located<>(
                        new Rollout.CodeDeploy(Fields.string(c, "application").orElseThrow(),
                                Fields.string(c, "deployment_group").orElseThrow()), map.keyPosition("codedeploy"))));
    }

    private static Optional<Located<Integer>> integer(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(YScalar.class::cast)
                .filter(s -> s.value() instanceof Long)
                .map(s -> new Located<>(((Long) s.value()).intValue(), map.keyPosition(key)));
    }
}
