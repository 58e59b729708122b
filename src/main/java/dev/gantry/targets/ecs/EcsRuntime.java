package dev.gantry.targets.ecs;

import dev.gantry.diag.Code;
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
            ctx.findings.warning(Code.ADJUSTED_VALUE, period.get().at(), "the stop grace period of `" + service.id()
                    + "` is " + period.get().value() + ", and Fargate waits at most " + FARGATE_MAX_STOP_SECONDS
                    + "s: `stopTimeout` is " + FARGATE_MAX_STOP_SECONDS, "stop faster, or run " + ctx.named()
                    + " on EC2");
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
                ctx.findings.error(Code.TARGET_UNSUPPORTED, shm.at(), "`" + service.id() + "` sets shm_size, which"
                        + " Fargate does not support", fargateHint());
            }
            return Math.toIntExact(shm.value());
        }).orElse(null);
    }

    /** In-memory folders, which only tasks on EC2 have, each with the size ECS requires. */
    List<ContainerDefinition.Tmpfs> tmpfs() {
        List<ContainerDefinition.Tmpfs> out = new ArrayList<>();
        for (Tmpfs t : service.mounts().tmpfs()) {
            if (ctx.settings.fargate()) {
                ctx.findings.error(Code.TARGET_UNSUPPORTED, t.at(), "`" + service.id() + "` keeps `" + t.path()
                        + "` in memory (tmpfs), which Fargate does not support", fargateHint());
            } else if (t.sizeMiB().isEmpty()) {
                ctx.findings.error(Code.TARGET_CONFIG, t.at(), "ECS needs the size of the in-memory folder `"
                        + t.path() + "` of `" + service.id() + "`", "write `{path: " + t.path() + ", size: 64MB}`");
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
        service.process().stopSignal().ifPresent(s -> ctx.findings.warning(Code.DROPPED_FIELD, s.at(),
                "the stop signal " + s.value() + " of `" + service.id() + "` is not carried: an ECS container"
                        + " stops with the signal its image names", "set `stop_signal` on the image (STOPSIGNAL)"));
        service.options().logging().ifPresent(l -> ctx.findings.warning(Code.DROPPED_FIELD, l.at(), "logging of `"
                + service.id() + "` is not carried: on ECS every container logs with awslogs to `"
                + ctx.settings.logGroup() + "`", "keep `logging` for the environments that run compose"));
        service.options().profiles().stream().findFirst().ifPresent(p -> ctx.findings.warning(Code.DROPPED_FIELD,
                p.at(), "`" + service.id() + "` runs only with compose profiles, which ECS does not have: it is a task"
                        + " of " + ctx.named(), "remove it from " + ctx.named() + " with `services: {" + service.id()
                        + ": null}` if it is a tool for development"));
        service.options().containerName().ifPresent(n -> ctx.findings.warning(Code.DROPPED_FIELD, n.at(),
                "container_name of `" + service.id() + "` is not carried: an ECS container is named after its"
                        + " service", "keep `container_name` for the environments that run compose"));
        service.placement().constraints().spread().stream().findFirst().ifPresent(s -> ctx.findings.warning(
                Code.DROPPED_FIELD, s.at(), "the spread preference of `" + service.id() + "` is not carried: a task"
                        + " definition has none", "set a `spread` placement strategy on the ECS service"));
    }

    private String fargateHint() {
        return "run " + ctx.named() + " on EC2 (`ecs: {launch: EC2}`), or drop this from the service there";
    }
}
