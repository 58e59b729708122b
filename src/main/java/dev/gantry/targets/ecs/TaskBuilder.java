package dev.gantry.targets.ecs;

import dev.gantry.diag.Code;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.plan.ecs.TaskLayout;
import dev.gantry.render.Doc;
import dev.gantry.render.JsonWriter;
import dev.gantry.render.RawMerge;
import dev.gantry.util.Phrases;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/** The task definition of one task: its containers, volumes and size. */
final class TaskBuilder {

    private static final Pattern FAMILY = Pattern.compile("[A-Za-z0-9_-]{1,255}");
    private static final int MIN_CONTAINER_MIB = 6;
    private static final int EC2_MIN_CPU = 128;
    private static final int EC2_MAX_CPU = 196_608;

    private final EcsEnvironment ctx;
    private final TaskLayout.Task task;

    TaskBuilder(EcsEnvironment ctx, TaskLayout.Task task) {
        this.ctx = ctx;
        this.task = task;
    }

    /**
     * The task definition as its JSON document: the typed task with its containers, then the
     * environment's and the task's main service's {@code raw} blocks merged in; what the raw blocks did
     * goes to {@code raw}.
     */
    Doc.Mapping document(RawMerge.Result raw) {
        Doc.Mapping json = (Doc.Mapping) JsonWriter.tree(build(raw));
        ctx.env.settings().raw().of(EcsTarget.NAME).ifPresent(block -> RawMerge.into(json, block, List.of(), raw));
        task.main().settings().ecs().taskRaw().ifPresent(block -> RawMerge.into(json, block, List.of(), raw));
        return json;
    }

    private TaskDefinition build(RawMerge.Result raw) {
        TaskVolumes volumes = new TaskVolumes(ctx, task);
        List<ContainerDefinition> containers = new ArrayList<>();
        for (Service service : task.containers()) {
            containers.add(new ContainerBuilder(ctx, task, service, volumes, raw).build());
        }
        for (Service sidecar : task.containers().subList(1, task.containers().size())) {
            sidecar.settings().ecs().taskRaw().ifPresent(block -> ctx.findings.error(Code.TARGET_CONFIG, block.at(),
                    "`" + sidecar.id() + "` runs in the task of `" + task.main().id() + "`, whose task definition"
                            + " takes raw keys on `" + task.main().id() + "` or on the environment",
                    "move the block to `services." + task.main().id() + ".ecs.raw`, or to `raw.ecs` of the"
                            + " environment for every task; keys of this container go under `services."
                            + sidecar.id() + ".raw.ecs`"));
        }
        checkPorts(containers);
        if (containers.stream().noneMatch(ContainerDefinition::essential)) {
            ctx.findings.error(Code.TARGET_CONFIG, task.main().name().at(), "no container of task `" + family()
                    + "` is essential, and ECS needs one whose end ends the task",
                    "leave `ecs.essential` of `" + task.main().id() + "` at its default, true");
        }
        String family = family();
        if (!FAMILY.matcher(family).matches()) {
            ctx.findings.error(Code.TARGET_CONFIG, task.main().name().at(), "the task family `" + family
                    + "` is longer than the 255 characters ECS takes", "shorten the project, environment or service"
                    + " name");
        }
        Optional<Located<Double>> cpu = sizeSetting(EcsServiceSettings::cpu, ctx.settings.size().cpu());
        Optional<Located<Long>> memory = sizeSetting(EcsServiceSettings::memoryMiB, ctx.settings.size().memoryMiB());
        Optional<Integer> cpuUnits = cpu.map(c -> Units.cpuUnits(c.value()));
        checkTaskSize(cpu, memory);
        checkContainerSizes(containers, cpuUnits, memory.map(Located::value));
        List<EcsPlacement.Constraint> placement = EcsPlacement.of(ctx, task);
        EcsSettings s = ctx.settings;
        return new TaskDefinition(family, List.of(s.launch().name()), s.networkMode().value().value(),
                cpuUnits.map(String::valueOf).orElse(null), memory.map(m -> String.valueOf(m.value())).orElse(null),
                s.architecture().map(a -> new TaskDefinition.RuntimePlatform(a.name(), "LINUX")).orElse(null),
                s.roleArn(s.roles().execution()).orElse(null), s.roleArn(s.roles().task()).orElse(null),
                containers.stream().map(ContainerDefinition::json).toList(),
                volumes.list().isEmpty() ? null : volumes.list(), placement.isEmpty() ? null : placement);
    }

    String family() {
        return ctx.project.name() + "-" + ctx.env.id() + "-" + task.main().id();
    }

    /** The task's main service sets its size, else the environment; a sidecar may not. */
    private <T> Optional<Located<T>> sizeSetting(Function<EcsServiceSettings, Optional<Located<T>>> field,
            Optional<Located<T>> environmentValue) {
        for (Service sidecar : task.containers().subList(1, task.containers().size())) {
            field.apply(sidecar.settings().ecs()).ifPresent(v -> ctx.findings.error(Code.TASK_SIZE,
                    v.at(), "`" + sidecar.id() + "` runs in the task of `" + task.main().id() + "`, whose size is set"
                            + " on `" + task.main().id() + "` or on the environment",
                    "move the setting to `" + task.main().id() + "`, or size the container with `resources`"));
        }
        Optional<Located<T>> own = field.apply(task.main().settings().ecs());
        return own.isPresent() ? own : environmentValue;
    }

    private void checkTaskSize(Optional<Located<Double>> cpu, Optional<Located<Long>> memory) {
        if (!ctx.settings.fargate()) {
            cpu.filter(c -> Units.cpuUnits(c.value()) < EC2_MIN_CPU || Units.cpuUnits(c.value()) > EC2_MAX_CPU)
                    .ifPresent(c -> ctx.findings.error(Code.TASK_SIZE, c.at(), "a task on EC2 takes 0.125 to 192"
                            + " vCPU, not " + Units.number(c.value()), null));
            return;
        }
        if (cpu.isEmpty() || memory.isEmpty()) {
            List<String> unset = new ArrayList<>();
            if (cpu.isEmpty()) {
                unset.add("cpu");
            }
            if (memory.isEmpty()) {
                unset.add("memory");
            }
            ctx.findings.error(Code.TASK_SIZE, ctx.settings.at(), "task `" + family() + "` runs on Fargate, which"
                    + " needs its size, and " + Phrases.codes(unset) + (unset.size() == 1 ? " is" : " are")
                    + " not set",
                    "set `ecs: {cpu: 0.25, memory: 512MB}` on " + ctx.named() + " for every task, or under `ecs` of"
                            + " service `" + task.main().id() + "` for its task; " + sizes());
            return;
        }
        int units = Units.cpuUnits(cpu.get().value());
        long mib = memory.get().value();
        Optional<FargateSizes.Row> row = FargateSizes.row(units);
        if (row.isEmpty()) {
            ctx.findings.error(Code.TASK_SIZE, cpu.get().at(), "Fargate has no task with "
                    + Units.number(cpu.get().value()) + " vCPU", "Fargate tasks have 0.25, 0.5, 1, 2, 4, 8 or 16 vCPU");
        } else if (!FargateSizes.valid(units, mib)) {
            List<String> nearest = FargateSizes.nearest(units, mib).stream().map(Object::toString).toList();
            ctx.findings.error(Code.TASK_SIZE, memory.get().at(), "Fargate has no task with " + Units.vcpu(units)
                    + " vCPU and " + Units.mib(mib) + " of memory", row.get().describe() + "; the nearest valid"
                    + " pairs are " + Phrases.and(nearest));
        }
    }

    private static String sizes() {
        return "Fargate sizes: " + String.join("; ", FargateSizes.TABLE.stream().map(FargateSizes.Row::describe)
                .toList());
    }

    /** Containers fit in their task; on EC2 without a task memory each container says its own. */
    private void checkContainerSizes(List<ContainerDefinition> containers, Optional<Integer> taskCpu,
            Optional<Long> taskMemory) {
        int cpu = 0;
        long memory = 0;
        for (int i = 0; i < containers.size(); i++) {
            ContainerDefinition c = containers.get(i);
            Service service = task.containers().get(i);
            cpu += c.cpu() == null ? 0 : c.cpu();
            Integer reserved = c.memoryReservation() != null ? c.memoryReservation() : c.memory();
            memory += reserved == null ? 0 : reserved;
            checkContainerMemory(c, service, taskMemory);
        }
        if (taskCpu.isPresent() && cpu > taskCpu.get()) {
            ctx.findings.error(Code.TASK_SIZE, task.main().name().at(), "the containers of task `" + family()
                    + "` reserve " + Units.vcpu(cpu) + " vCPU (`resources.cpu`), more than the task's "
                    + Units.vcpu(taskCpu.get()), "give the task more `cpu`, or its containers less");
        }
        if (taskMemory.isPresent() && memory > taskMemory.get()) {
            ctx.findings.error(Code.TASK_SIZE, task.main().name().at(), "the containers of task `" + family()
                    + "` reserve " + Units.mib(memory) + " of memory, more than the task's "
                    + Units.mib(taskMemory.get()), "give the task more `memory`, or its containers less");
        }
    }

    private void checkContainerMemory(ContainerDefinition c, Service service, Optional<Long> taskMemory) {
        Integer hard = c.memory();
        Integer soft = c.memoryReservation();
        String name = "`" + service.id() + "`";
        if ((hard != null && hard < MIN_CONTAINER_MIB) || (soft != null && soft < MIN_CONTAINER_MIB)) {
            ctx.findings.error(Code.TASK_SIZE, service.name().at(), name + " would get less than the "
                    + MIN_CONTAINER_MIB + "MB of memory Docker needs for a container", null);
        }
        if (hard != null && soft != null && hard <= soft) {
            ctx.findings.error(Code.TASK_SIZE, service.name().at(), "the memory limit of " + name + " ("
                    + Units.mib(hard) + ", `resources.memory`) must be above its reservation (" + Units.mib(soft)
                    + ", `ecs.memory_reservation`)", null);
        }
        if (hard != null && taskMemory.isPresent() && hard > taskMemory.get()) {
            ctx.findings.error(Code.TASK_SIZE, service.name().at(), "the memory limit of " + name + " ("
                    + Units.mib(hard) + ") is above the memory of its task (" + Units.mib(taskMemory.get()) + ")",
                    null);
        }
        if (!ctx.settings.fargate() && taskMemory.isEmpty() && hard == null && soft == null) {
            ctx.findings.error(Code.TASK_SIZE, service.name().at(), name + " runs on EC2 in a task without a memory"
                    + " size, so ECS needs the container's own",
                    "set `resources: {memory: ...}` (a hard limit) or `ecs: {memory_reservation: ...}` on " + name
                            + ", or `memory` of the task");
        }
    }

    /** Containers of a task share its network under awsvpc and host: no two may listen on one port. */
    private void checkPorts(List<ContainerDefinition> containers) {
        boolean shared = ctx.settings.networkMode().value() != EcsSettings.NetworkMode.BRIDGE;
        Map<String, String> owners = new HashMap<>();
        for (int i = 0; i < containers.size(); i++) {
            ContainerDefinition c = containers.get(i);
            if (c.portMappings() == null) {
                continue;
            }
            for (ContainerDefinition.PortMapping p : c.portMappings()) {
                Integer port = shared ? Integer.valueOf(p.containerPort()) : p.hostPort();
                if (port == null) {
                    continue;
                }
                String other = owners.putIfAbsent(port + "/" + p.protocol(), c.name());
                if (other != null && !other.equals(c.name())) {
                    ctx.findings.error(Code.TARGET_CONFIG, task.containers().get(i).name().at(), "`" + c.name()
                            + "` and `" + other + "` both listen on port " + port + " in task `" + family() + "`",
                            "run one of them in a task of its own, or on another port");
                }
            }
        }
    }
}
