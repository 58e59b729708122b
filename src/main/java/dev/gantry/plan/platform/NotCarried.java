package dev.gantry.plan.platform;

import dev.gantry.diag.Problem;
import dev.gantry.model.ContainerOptions;
import dev.gantry.model.Environment;
import dev.gantry.model.Service;
import dev.gantry.model.Volume;
import java.util.ArrayList;
import java.util.List;

/**
 * The settings of a service that Platform.sh has no place for, so that the user is told instead of
 * losing them silently. Applications and workers keep their command, env, secrets, named volumes,
 * dependencies and extra hosts; catalog services are run as Platform.sh runs them, so everything
 * declared on them beyond {@code use} and {@code config} is listed.
 */
final class NotCarried {

    private NotCarried() {
    }

    /** Tells the user, when {@code fields} is not empty, at the service's name. */
    static void report(Problems problems, Environment env, Service service, List<String> fields, Problem problem) {
        if (!fields.isEmpty()) {
            problems.report(problem, service.name().at(), problems.title(), String.join(", ", fields), service.id(),
                    env.id());
        }
    }

    /**
     * For an application or worker; {@code routed} when the routes lead to it (its published ports
     * are carried). Named volumes become mounts; bind mounts and read-only volumes have no place.
     */
    static List<String> ofApp(Service s, boolean routed) {
        List<String> out = common(s, routed);
        s.process().entrypoint().ifPresent(e -> out.add("entrypoint"));
        if (!s.variables().envFiles().isEmpty()) {
            out.add("env_files");
        }
        s.mounts().volumes().stream().filter(v -> v.isBindMount() || v.readOnly())
                .forEach(v -> out.add((v.isBindMount() ? "bind mount " : "read-only volume ") + v.source() + ":"
                        + v.target()));
        return out;
    }

    /** For a catalog service; {@code routed} when the routes lead to it, {@code fronting} when it is a cache. */
    static List<String> ofService(Service s, boolean routed, boolean fronting) {
        List<String> out = common(s, routed);
        s.process().command().ifPresent(c -> out.add("command"));
        s.process().entrypoint().ifPresent(e -> out.add("entrypoint"));
        if (!s.variables().env().isEmpty()) {
            out.add("env");
        }
        if (!s.variables().envFiles().isEmpty()) {
            out.add("env_files");
        }
        if (!s.variables().secrets().isEmpty()) {
            out.add("secrets");
        }
        s.mounts().volumes().stream().map(Volume::source).forEach(v -> out.add("volume " + v));
        if (!fronting && !s.network().dependsOn().isEmpty()) {
            out.add("depends_on");
        }
        if (!s.network().extraHosts().isEmpty()) {
            out.add("extra_hosts");
        }
        return out;
    }

    private static List<String> common(Service s, boolean routed) {
        List<String> out = new ArrayList<>();
        s.process().workingDir().ifPresent(w -> out.add("working_dir"));
        s.process().user().ifPresent(u -> out.add("user"));
        if (!routed && s.network().ports().stream().anyMatch(p -> p.published().isPresent())) {
            out.add("published ports");
        }
        if (!s.options().labels().isEmpty()) {
            out.add("labels");
        }
        s.options().healthcheck().ifPresent(h -> out.add("healthcheck"));
        s.options().restart().filter(r -> r == ContainerOptions.Restart.NO).ifPresent(r -> out.add("restart: no"));
        s.options().resources().ifPresent(r -> out.add("resources"));
        if (s.options().replicas().isPresent() && s.options().replicas().getAsInt() != 1) {
            out.add("replicas: " + s.options().replicas().getAsInt());
        }
        if (s.options().privileged()) {
            out.add("privileged");
        }
        if (!s.options().devices().isEmpty()) {
            out.add("devices");
        }
        if (!s.options().capAdd().isEmpty()) {
            out.add("cap_add");
        }
        if (!s.network().networks().isEmpty()) {
            out.add("networks");
        }
        if (!s.etcd().isEmpty()) {
            out.add("etcd");
        }
        runtime(s, out);
        return out;
    }

    /** How the container starts, stops and is confined: Platform.sh runs its containers its own way. */
    private static void runtime(Service s, List<String> out) {
        if (s.process().init()) {
            out.add("init");
        }
        s.process().stopSignal().ifPresent(v -> out.add("stop_signal"));
        s.process().stopGracePeriod().ifPresent(v -> out.add("stop_grace_period"));
        if (s.process().stdinOpen() || s.process().tty()) {
            out.add("stdin_open/tty");
        }
        if (!s.mounts().tmpfs().isEmpty()) {
            out.add("tmpfs");
        }
        s.options().limits().shmSizeMiB().ifPresent(v -> out.add("shm_size"));
        if (!s.options().limits().ulimits().isEmpty()) {
            out.add("ulimits");
        }
        if (!s.options().limits().sysctls().isEmpty()) {
            out.add("sysctls");
        }
        s.options().logging().ifPresent(v -> out.add("logging"));
        if (!s.options().profiles().isEmpty()) {
            out.add("profiles");
        }
        s.options().containerName().ifPresent(v -> out.add("container_name"));
        if (!s.placement().constraints().isEmpty()) {
            out.add("placement");
        }
    }
}
