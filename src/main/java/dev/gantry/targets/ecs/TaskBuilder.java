package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
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
            sidecar.settings().ecs().taskRaw().ifPresent(block -> ctx.findings.report(Problem.ECS_RAW_ON_JOINER,
                    block.at(), sidecar.id(), task.main().id()));
        }
        checkPorts(containers);
        if (containers.stream().noneMatch(ContainerDefinition::essential)) {
            ctx.findings.report(Problem.ECS_NO_ESSENTIAL_CONTAINER, task.main().name().at(), family(),
                    task.main().id());
        }
        String family = family();
        if (!FAMILY.matcher(family).matches()) {
            ctx.findings.report(Problem.ECS_FAMILY_TOO_LONG, task.main().name().at(), family);
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
            field.apply(sidecar.settings().ecs()).ifPresent(v -> ctx.findings.report(Problem.ECS_SIZE_ON_JOINER,
                    v.at(), sidecar.id(), task.main().id()));
        }
        Optional<Located<T>> own = field.apply(task.main().settings().ecs());
        return own.isPresent() ? own : environmentValue;
    }

    private void checkTaskSize(Optional<Located<Double>> cpu, Optional<Located<Long>> memory) {
        if (!ctx.settings.fargate()) {
            cpu.filter(c -> Units.cpuUnits(c.value()) < EC2_MIN_CPU || Units.cpuUnits(c.value()) > EC2_MAX_CPU)
                    .ifPresent(c -> ctx.findings.report(Problem.ECS_EC2_CPU_RANGE, c.at(), Units.number(c.value())));
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
            ctx.findings.report(Problem.ECS_FARGATE_SIZE_MISSING, ctx.settings.at(), family(),
                    Phrases.codes(unset) + (unset.size() == 1 ? " is" : " are"), ctx.env.id(), task.main().id(),
                    sizes());
            return;
        }
        int units = Units.cpuUnits(cpu.get().value());
        long mib = memory.get().value();
        Optional<FargateSizes.Row> row = FargateSizes.row(units);
        if (row.isEmpty()) {
            ctx.findings.report(Problem.ECS_FARGATE_CPU, cpu.get().at(), Units.number(cpu.get().value()));
        } else if (!FargateSizes.valid(units, mib)) {
            List<String> nearest = FargateSizes.nearest(units, mib).stream().map(Object::toString).toList();
            ctx.findings.report(Problem.ECS_FARGATE_SIZE_PAIR, memory.get().at(), Units.vcpu(units), Units.mib(mib),
                    row.get().describe(), Phrases.and(nearest));
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
            ctx.findings.report(Problem.ECS_CONTAINERS_CPU_OVER_TASK, task.main().name().at(), family(),
                    Units.vcpu(cpu), Units.vcpu(taskCpu.get()));
        }
        if (taskMemory.isPresent() && memory > taskMemory.get()) {
            ctx.findings.report(Problem.ECS_CONTAINERS_MEMORY_OVER_TASK, task.main().name().at(), family(),
                    Units.mib(memory), Units.mib(taskMemory.get()));
        }
    }

    private void checkContainerMemory(ContainerDefinition c, Service service, Optional<Long> taskMemory) {
        Integer hard = c.memory();
        Integer soft = c.memoryReservation();
        String name = service.id();
        if ((hard != null && hard < MIN_CONTAINER_MIB) || (soft != null && soft < MIN_CONTAINER_MIB)) {
            ctx.findings.report(Problem.ECS_CONTAINER_MEMORY_TOO_SMALL, service.name().at(), name, MIN_CONTAINER_MIB);
        }
        if (hard != null && soft != null && hard <= soft) {
            ctx.findings.report(Problem.ECS_MEMORY_LIMIT_BELOW_RESERVATION, service.name().at(), name,
                    Units.mib(hard), Units.mib(soft));
        }
        if (hard != null && taskMemory.isPresent() && hard > taskMemory.get()) {
            ctx.findings.report(Problem.ECS_MEMORY_LIMIT_OVER_TASK, service.name().at(), name, Units.mib(hard),
                    Units.mib(taskMemory.get()));
        }
        if (!ctx.settings.fargate() && taskMemory.isEmpty() && hard == null && soft == null) {
            ctx.findings.report(Problem.ECS_EC2_CONTAINER_MEMORY_MISSING, service.name().at(), name);
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
                    ctx.findings.report(Problem.ECS_PORT_CLASH, task.containers().get(i).name().at(), c.name(), other,
                            port, family());
                }
            }
        }
    }
}
