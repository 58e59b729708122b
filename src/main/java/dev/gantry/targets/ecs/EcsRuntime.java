package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.model.Tmpfs;
import dev.gantry.util.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * How ECS starts, stops and confines a service's container: stop timeout, interactive terminal,
 * init process, shared memory and in-memory folders (EC2 only), ulimits and system controls; and
 * what of the service's run-time settings ECS has no field for, said as warnings.
 */
final class EcsRuntime {

    /** The longest stop timeout Fargate takes. */
    static final int FARGATE_MAX_STOP_SECONDS = 120;

    private final EcsEnvironment ctx;
    private final Service service;
    private final Position at;

    EcsRuntime(EcsEnvironment ctx, Service service) {
        this.ctx = ctx;
        this.service = service;
        this.at = service.name().at();
    }

    Integer stopTimeout() {
        Optional<Located<String>> period = service.process().stopGracePeriod();
        if (period.isEmpty()) {
            return null;
        }
        long seconds = Durations.seconds(period.get().value());
        if (ctx.settings.fargate() && seconds > FARGATE_MAX_STOP_SECONDS) {
            ctx.findings.report(Problem.ECS_STOP_GRACE_CAPPED, period.get().at(), service.id(), period.get().value(),
                    FARGATE_MAX_STOP_SECONDS, ctx.env.id());
            return FARGATE_MAX_STOP_SECONDS;
        }
        return Math.toIntExact(Math.max(seconds, 1));
    }

    Boolean interactive() {
        return service.process().stdinOpen() ? Boolean.TRUE : null;
    }

    Boolean pseudoTerminal() {
        return service.process().tty() ? Boolean.TRUE : null;
    }

    Boolean initProcessEnabled() {
        return service.process().init() ? Boolean.TRUE : null;
    }

    /** {@code /dev/shm} in MiB, which only tasks on EC2 can size. */
    Integer sharedMemorySize() {
        return service.options().limits().shmSizeMiB().map(shm -> {
            if (ctx.settings.fargate()) {
                ctx.findings.report(Problem.ECS_FARGATE_SHM_SIZE, shm.at(), service.id(), ctx.env.id());
            }
            return Math.toIntExact(shm.value());
        }).orElse(null);
    }

    /** In-memory folders, which only tasks on EC2 have, each with the size ECS requires. */
    List<ContainerDefinition.Tmpfs> tmpfs() {
        List<ContainerDefinition.Tmpfs> out = new ArrayList<>();
        for (Tmpfs t : service.mounts().tmpfs()) {
            if (ctx.settings.fargate()) {
                ctx.findings.report(Problem.ECS_FARGATE_TMPFS, t.at(), service.id(), t.path(), ctx.env.id());
            } else if (t.sizeMiB().isEmpty()) {
                ctx.findings.report(Problem.ECS_TMPFS_SIZE, t.at(), t.path(), service.id());
            } else {
                out.add(new ContainerDefinition.Tmpfs(t.path(), Math.toIntExact(t.sizeMiB().get()), null));
            }
        }
        return out.isEmpty() ? null : out;
    }

    List<ContainerDefinition.Ulimit> ulimits() {
        List<ContainerDefinition.Ulimit> out = new ArrayList<>();
        service.options().limits().ulimits().forEach((name, l) -> out.add(new ContainerDefinition.Ulimit(name,
                Math.toIntExact(l.soft()), Math.toIntExact(l.hard()))));
        return out.isEmpty() ? null : out;
    }

    List<ContainerDefinition.SystemControl> systemControls() {
        List<ContainerDefinition.SystemControl> out = new ArrayList<>();
        service.options().limits().sysctls().forEach((name, value) ->
                out.add(new ContainerDefinition.SystemControl(name, value.value())));
        return out.isEmpty() ? null : out;
    }

    /** Settings that only compose has: the user hears what ECS does instead. */
    void notCarried() {
        service.process().stopSignal().ifPresent(s -> ctx.findings.report(Problem.ECS_STOP_SIGNAL, s.at(), s.value(),
                service.id()));
        service.options().logging().ifPresent(l -> ctx.findings.report(Problem.ECS_LOGGING, l.at(), service.id(),
                ctx.settings.logGroup()));
        service.options().profiles().stream().findFirst().ifPresent(p -> ctx.findings.report(Problem.ECS_PROFILES,
                p.at(), service.id(), ctx.env.id()));
        service.options().containerName().ifPresent(n -> ctx.findings.report(Problem.ECS_CONTAINER_NAME, n.at(),
                service.id()));
        service.placement().constraints().spread().stream().findFirst().ifPresent(s -> ctx.findings.report(
                Problem.ECS_SPREAD, s.at(), service.id()));
    }

}
