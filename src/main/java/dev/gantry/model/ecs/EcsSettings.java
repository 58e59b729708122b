package dev.gantry.model.ecs;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.Map;
import java.util.Optional;

/**
 * The ECS settings of one environment ({@code environments.<env>.ecs}), with the place of each in
 * environment.yaml. {@code at} is the block itself, or the environment's {@code ecs} target entry
 * when it has no block.
 */
public record EcsSettings(Position at, Aws aws, Launch launch, TaskSize size, Located<NetworkMode> networkMode,
        Optional<Architecture> architecture, Roles roles, String logGroup, Images images, Map<String, Located<Efs>> volumes) {

    public enum Launch { FARGATE, EC2 }

    /** The CPU architecture of the task's containers, as ECS names it. */
    public enum Architecture { X86_64, ARM64 }

    /** The AWS partition the account is in, which ARNs name. */
    public enum Partition {
        AWS, AWS_CN, AWS_US_GOV;

        /** As ARNs write it: {@code aws-us-gov}. */
        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** The task's network mode, as ECS names it ({@code awsvpc}). */
    public enum NetworkMode {
        AWSVPC, BRIDGE, HOST;

        public String value() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Where the environment runs: region, account and partition, which ARNs are built from. */
    public record Aws(Optional<Located<String>> region, Optional<Located<String>> account, Partition partition) {
    }

    /** The task-level size: CPUs and MiB. */
    public record TaskSize(Optional<Located<Double>> cpu, Optional<Located<Long>> memoryMiB) {
    }

    /** The roles ECS runs the task with, each a name or an ARN. */
    public record Roles(Optional<Located<String>> execution, Optional<Located<String>> task) {
    }

    /** Which build of the project's images runs: the tag CI pushed, or a digest per image; registry login. */
    public record Images(Optional<Located<String>> tag, Map<String, String> digests,
            Optional<Located<String>> registryCredentials) {
    }

    /** An EFS file system behind a named volume. */
    public record Efs(String fileSystem, Optional<String> accessPoint, Optional<String> rootDirectory) {
    }

    public boolean fargate() {
        return launch == Launch.FARGATE;
    }

    /** An ARN for a role given by name or ARN; names need the account. */
    public Optional<String> roleArn(Optional<Located<String>> role) {
        return role.map(Located::value).flatMap(r -> r.startsWith("arn:") ? Optional.of(r)
                : aws.account().map(a -> "arn:" + aws.partition().value() + ":iam::" + a.value() + ":role/" + r));
    }

    /** The place to report a problem with a setting: the key when given, else the block. */
    public Position place(Optional<? extends Located<?>> setting) {
        return setting.map(Located::at).orElse(at);
    }
}
