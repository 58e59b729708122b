package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.plan.ecs.TaskLayout;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The volumes of one task and the mount points that use them: named volumes backed by EFS when
 * the environment maps them under {@code ecs.volumes}, else volumes that live as long as the task;
 * host paths on EC2.
 */
final class TaskVolumes {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{1,255}");

    private final EcsEnvironment ctx;
    private final TaskLayout.Task task;
    private final Map<String, TaskDefinition.Volume> volumes = new LinkedHashMap<>();

    TaskVolumes(EcsEnvironment ctx, TaskLayout.Task task) {
        this.ctx = ctx;
        this.task = task;
    }

    /** A named volume mounted by {@code user}; without EFS it lasts as long as the task (EcsTarget says so). */
    Optional<ContainerDefinition.MountPoint> named(String name, String path, boolean readOnly, Service user) {
        if (!NAME.matcher(name).matches()) {
            ctx.findings.report(Problem.ECS_VOLUME_NAME, user.name().at(), name, user.id());
            return Optional.empty();
        }
        Optional<Located<EcsSettings.Efs>> efs = Optional.ofNullable(ctx.settings.volumes().get(name));
        if (efs.isEmpty()) {
            ctx.taskVolumes.computeIfAbsent(name, k -> new LinkedHashMap<>())
                    .putIfAbsent(task.main().id(), user.name().at());
        }
        efs.ifPresent(e -> ctx.efsMounted.add(name));
        volumes.putIfAbsent(name, new TaskDefinition.Volume(name, null, efs.map(e -> efs(e.value())).orElse(null)));
        return Optional.of(new ContainerDefinition.MountPoint(name, path, readOnly));
    }

    /** A volume that exists only when EFS backs it: shared storage, or a catalog service's data. */
    Optional<ContainerDefinition.MountPoint> efsOnly(String name, String path) {
        Optional<Located<EcsSettings.Efs>> efs = Optional.ofNullable(ctx.settings.volumes().get(name));
        efs.ifPresent(e -> {
            ctx.efsMounted.add(name);
            volumes.putIfAbsent(name, new TaskDefinition.Volume(name, null, efs(e.value())));
        });
        return efs.map(e -> new ContainerDefinition.MountPoint(name, path, false));
    }

    /** A path of the container instance (EC2 only). */
    ContainerDefinition.MountPoint host(String sourcePath, String path, boolean readOnly) {
        String name = "host" + sourcePath.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("-$", "");
        volumes.putIfAbsent(name, new TaskDefinition.Volume(name, new TaskDefinition.Host(sourcePath), null));
        return new ContainerDefinition.MountPoint(name, path, readOnly);
    }

    List<TaskDefinition.Volume> list() {
        return List.copyOf(volumes.values());
    }


    private static TaskDefinition.Efs efs(EcsSettings.Efs efs) {
        return new TaskDefinition.Efs(efs.fileSystem(), efs.accessPoint().isPresent() ? null
                : efs.rootDirectory().orElse(null), "ENABLED",
                new TaskDefinition.EfsAuthorization(efs.accessPoint().orElse(null), "ENABLED"));
    }
}
