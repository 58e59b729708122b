package dev.gantry.bind.ecs;

import dev.gantry.bind.Fields;
import dev.gantry.bind.RawBinder;
import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Located;
import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.util.Sizes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Binds {@code environments.<env>.ecs} and {@code services.<name>.ecs}. */
public final class EcsSettingsBinder {

    private EcsSettingsBinder() {
    }

    public static EcsSettings environment(SettingsBlocks.Context context, Optional<YMap> block) {
        YMap m = block.orElse(new YMap(Map.of(), context.targetAt()));
        Map<String, Located<EcsSettings.Efs>> volumes = new LinkedHashMap<>();
        Fields.map(m, "volumes").entries().forEach((name, e) -> {
            YMap v = (YMap) e.value();
            volumes.put(name, new Located<>(new EcsSettings.Efs(Fields.string(v, "file_system").orElseThrow(),
                    Fields.string(v, "access_point"), Fields.string(v, "root_directory")), e.keyPosition()));
        });
        Map<String, String> digests = new LinkedHashMap<>();
        YMap digestMap = Fields.map(m, "digests");
        digestMap.entries().keySet().forEach(image ->
                digests.put(image, Fields.string(digestMap, image).orElseThrow()));
        Located<EcsSettings.NetworkMode> networkMode = Fields.located(m, "network_mode")
                .map(mode -> new Located<>(EcsSettings.NetworkMode.valueOf(mode.value().toUpperCase(Locale.ROOT)),
                        mode.at()))
                .orElse(new Located<>(EcsSettings.NetworkMode.AWSVPC, m.position()));
        return new EcsSettings(m.position(),
                new EcsSettings.Aws(Fields.located(m, "region"), Fields.located(m, "account"),
                        Fields.string(m, "partition").map(p -> EcsSettings.Partition.valueOf(
                                p.toUpperCase(Locale.ROOT).replace('-', '_'))).orElse(EcsSettings.Partition.AWS)),
                EcsSettings.Launch.valueOf(Fields.string(m, "launch").orElse(EcsSettings.Launch.FARGATE.name())),
                new EcsSettings.TaskSize(number(m, "cpu"), size(m, "memory")), networkMode,
                Fields.string(m, "architecture").map(EcsSettings.Architecture::valueOf),
                new EcsSettings.Roles(Fields.located(m, "execution_role"), Fields.located(m, "task_role")),
                Fields.string(m, "log_group").orElse("/ecs/" + context.project() + "-" + context.environment().value()),
                new EcsSettings.Images(Fields.located(m, "tag"), digests, Fields.located(m, "registry_credentials")),
                volumes);
    }

    public static EcsServiceSettings service(Optional<YMap> block, Position serviceAt) {
        if (block.isEmpty()) {
            return EcsServiceSettings.NONE;
        }
        YMap m = block.get();
        return new EcsServiceSettings(Fields.located(m, "task"),
                Fields.optionalFlag(m, "essential").map(b -> new Located<>(b, m.keyPosition("essential"))),
                number(m, "cpu"), size(m, "memory"), size(m, "memory_reservation"), RawBinder.mapping(m, "raw"));
    }

    /** A number with the place of its key, for messages about it. */
    private static Optional<Located<Double>> number(YMap m, String key) {
        return Fields.number(m, key).map(n -> new Located<>(n, m.keyPosition(key)));
    }

    /** A size in MiB with the place of its key. */
    private static Optional<Located<Long>> size(YMap m, String key) {
        return Fields.string(m, key).map(s -> new Located<>(Sizes.toMiB(s), m.keyPosition(key)));
    }
}
