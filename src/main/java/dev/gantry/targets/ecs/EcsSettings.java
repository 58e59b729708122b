package dev.gantry.targets.ecs;

import dev.gantry.bind.Fields;
import dev.gantry.bind.Sizes;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The ECS settings of one environment ({@code environments.<env>.ecs}), with the place of each in
 * environment.yaml. {@code at} is the block itself, or the environment's {@code ecs} target entry
 * when it has no block.
 */
record EcsSettings(Position at, Optional<Located<String>> region, Optional<Located<String>> account, String partition,
        Launch launch, Optional<Located<Double>> cpu, Optional<Located<Long>> memoryMiB,
        Located<String> networkMode, Optional<String> architecture, Optional<Located<String>> executionRole,
        Optional<Located<String>> taskRole, String logGroup, Optional<Located<String>> tag,
        Map<String, String> digests, Optional<Located<String>> registryCredentials, Map<String, Located<Efs>> volumes) {

    enum Launch { FARGATE, EC2 }

    /** An EFS file system behind a named volume. */
    record Efs(String fileSystem, Optional<String> accessPoint, Optional<String> rootDirectory) {
    }

    static EcsSettings of(Project project, Environment env) {
        Position targetAt = env.targets().stream().filter(t -> t.value().equals(EcsTarget.NAME)).findFirst()
                .map(Located::at).orElse(env.name().at());
        YMap m = env.settings(EcsTarget.NAME).orElse(new YMap(Map.of(), targetAt));
        Map<String, Located<Efs>> volumes = new LinkedHashMap<>();
        Fields.map(m, "volumes").entries().forEach((name, e) -> {
            YMap v = (YMap) e.value();
            volumes.put(name, new Located<>(new Efs(Fields.string(v, "file_system").orElseThrow(),
                    Fields.string(v, "access_point"), Fields.string(v, "root_directory")), e.keyPosition()));
        });
        Map<String, String> digests = new LinkedHashMap<>();
        YMap digestMap = Fields.map(m, "digests");
        digestMap.entries().keySet().forEach(image ->
                digests.put(image, Fields.string(digestMap, image).orElseThrow()));
        return new EcsSettings(m.position(), Fields.located(m, "region"), Fields.located(m, "account"),
                Fields.string(m, "partition").orElse("aws"),
                Launch.valueOf(Fields.string(m, "launch").orElse(Launch.FARGATE.name())),
                number(m, "cpu"), size(m, "memory"),
                Fields.located(m, "network_mode").orElse(new Located<>("awsvpc", m.position())),
                Fields.string(m, "architecture"), Fields.located(m, "execution_role"), Fields.located(m, "task_role"),
                Fields.string(m, "log_group").orElse("/ecs/" + project.name() + "-" + env.id()),
                Fields.located(m, "tag"),
                digests, Fields.located(m, "registry_credentials"), volumes);
    }

    /** A number with the place of its key, for messages about it. */
    static Optional<Located<Double>> number(YMap m, String key) {
        return Fields.number(m, key).map(n -> new Located<>(n, m.keyPosition(key)));
    }

    /** A size in MiB with the place of its key. */
    static Optional<Located<Long>> size(YMap m, String key) {
        return Fields.string(m, key).map(s -> new Located<>(Sizes.toMiB(s), m.keyPosition(key)));
    }

    boolean fargate() {
        return launch == Launch.FARGATE;
    }

    /** An ARN for a role given by name or ARN; names need the account. */
    Optional<String> roleArn(Optional<Located<String>> role) {
        return role.map(Located::value).flatMap(r -> r.startsWith("arn:") ? Optional.of(r)
                : account.map(a -> "arn:" + partition + ":iam::" + a.value() + ":role/" + r));
    }

    /** The place to report a problem with a setting: the key when given, else the block. */
    Position place(Optional<? extends Located<?>> setting) {
        return setting.map(Located::at).orElse(at);
    }
}
