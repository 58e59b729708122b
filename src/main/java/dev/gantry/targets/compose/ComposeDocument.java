package dev.gantry.targets.compose;

import dev.gantry.catalog.Part;
import dev.gantry.catalog.Value;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Network;
import dev.gantry.model.RawBlocks;
import dev.gantry.model.Resources;
import dev.gantry.model.Service;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.plan.local.LocalRun;
import dev.gantry.render.Doc;
import dev.gantry.render.RawMerge;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The content of one environment's compose file: its local run's containers, volumes and networks, with
 * the services' and the environment's {@code raw.compose} blocks merged in.
 */
final class ComposeDocument {

    static final String TARGET = "compose";

    private ComposeDocument() {
    }

    static Doc.Mapping of(LocalRun run, RawBlocks environmentRaw, RawMerge.Result raw) {
        Doc.Mapping services = new Doc.Mapping().spaced();
        run.containers().forEach(c -> {
            Doc.Mapping service = service(c);
            c.service().flatMap(s -> s.settings().raw().of(TARGET)).ifPresent(block ->
                    RawMerge.into(service, block, List.of("services", c.name()), raw));
            services.put(c.name(), service);
        });
        Doc.Mapping root = new Doc.Mapping().spaced().put("services", services);
        if (!run.volumes().isEmpty()) {
            Doc.Mapping volumes = new Doc.Mapping();
            run.volumes().forEach((name, nfs) -> volumes.put(name, nfs.map(ComposeDocument::nfs)
                    .orElseGet(Doc.Mapping::new)));
            root.put("volumes", volumes);
        }
        if (!run.networks().isEmpty()) {
            Doc.Mapping networks = new Doc.Mapping();
            run.networks().forEach((name, options) -> networks.put(name, options.map(ComposeDocument::network)
                    .orElseGet(Doc.Mapping::new)));
            root.put("networks", networks);
        }
        environmentRaw.of(TARGET).ifPresent(block -> RawMerge.into(root, block, List.of(), raw));
        return root;
    }

    private static Doc network(Network network) {
        Doc.Mapping out = new Doc.Mapping();
        if (network.external()) {
            out.put("external", Doc.flag(true));
        }
        network.name().ifPresent(n -> out.text("name", n));
        network.driver().ifPresent(d -> out.text("driver", d));
        if (network.attachable()) {
            out.put("attachable", Doc.flag(true));
        }
        if (network.internal()) {
            out.put("internal", Doc.flag(true));
        }
        return out;
    }

    private static Doc nfs(LocalRun.NfsVolume nfs) {
        return new Doc.Mapping().text("driver", "local").put("driver_opts", new Doc.Mapping()
                .text("type", "nfs").text("o", nfs.address()).text("device", nfs.device()));
    }

    private static Doc.Mapping service(LocalContainer c) {
        Optional<Service> user = c.service();
        Doc.Mapping out = new Doc.Mapping();
        c.description().ifPresent(out::comment);
        out.put("image", new Doc.Interpolated(c.image().reference()));
        c.image().buildTarget().ifPresent(target -> out.put("build", new Doc.Mapping()
                .text("context", ".").text("dockerfile", "Dockerfile").text("target", target)
                .textMap("args", c.image().buildArgs())));
        user.flatMap(s -> s.process().entrypoint()).ifPresent(e -> out.texts("entrypoint", e.execForm()));
        c.command().filter(command -> !command.isEmpty()).ifPresent(command -> out.put("command",
                new Doc.Sequence(command.stream().<Doc>map(Doc.Interpolated::new).toList())));
        user.flatMap(s -> s.process().workingDir()).ifPresent(w -> out.text("working_dir", w));
        user.flatMap(s -> s.process().user()).ifPresent(u -> out.text("user", u));
        if (!c.environment().isEmpty()) {
            Doc.Mapping environment = new Doc.Mapping();
            c.environment().forEach((k, v) -> environment.put(k, v.isPassThrough() ? new Doc.Plain("null")
                    : new Doc.Interpolated(v)));
            out.put("environment", environment);
        }
        user.ifPresent(s -> out.texts("env_file", s.variables().envFiles()));
        List<String> ports = new ArrayList<>();
        Set<String> expose = new LinkedHashSet<>();
        c.instance().ifPresent(i -> {
            expose.add(Integer.toString(i.entry().port()));
            i.entry().container().extraPorts().forEach(p -> expose.add(Integer.toString(p)));
        });
        user.ifPresent(s -> s.network().ports().forEach(port -> {
            if (port.published().isPresent()) {
                ports.add(port.hostIp().map(ip -> ip + ":").orElse("") + port.published().getAsInt() + ":"
                        + port.containerPort());
            } else {
                expose.add(port.containerPort());
            }
        }));
        out.texts("ports", ports).texts("expose", List.copyOf(expose)).texts("volumes", c.attached().mounts());
        if (!c.dependsOn().isEmpty()) {
            Doc.Mapping dependsOn = new Doc.Mapping();
            c.dependsOn().forEach((dep, condition) -> dependsOn.put(dep,
                    new Doc.Mapping().put("condition", new Doc.Plain(condition.compose()))));
            out.put("depends_on", dependsOn);
        }
        c.healthcheck().ifPresent(h -> out.put("healthcheck", health(h)));
        user.ifPresent(s -> {
            Map<String, String> labels = new java.util.LinkedHashMap<>();
            s.options().labels().forEach((k, v) -> labels.put(k, v.value()));
            out.textMap("labels", labels);
        });
        c.restart().ifPresent(r -> out.text("restart", r));
        user.ifPresent(s -> userOptions(s, out));
        out.texts("networks", c.attached().networks());
        return out;
    }

    /** Limits, instances, privileges, devices, hosts and networks: the user's alone. */
    private static void userOptions(Service s, Doc.Mapping out) {
        Optional<Resources> resources = s.options().resources();
        resources.flatMap(Resources::cpu).ifPresent(cpu -> out.put("cpus", Doc.number(cpu)));
        resources.flatMap(Resources::memoryMiB).ifPresent(m -> out.text("mem_limit", m + "m"));
        if (s.options().replicas().isPresent()) {
            out.put("scale", Doc.number(s.options().replicas().getAsInt()));
        }
        if (s.options().privileged()) {
            out.put("privileged", Doc.flag(true));
        }
        out.texts("devices", s.options().devices()).texts("cap_add", s.options().capAdd())
                .texts("extra_hosts", s.network().extraHosts().entrySet().stream()
                        .map(e -> e.getKey() + ":" + e.getValue()).toList());
        ComposeRuntime.options(s, out);
    }

    private static Doc health(HealthCheck check) {
        Doc.Mapping out = new Doc.Mapping();
        if (check.disabled()) {
            return out.put("disable", Doc.flag(true));
        }
        check.test().ifPresent(c -> out.texts("test", c.shell() ? List.of("CMD-SHELL", c.args().get(0))
                : prefixed(c.args())));
        check.interval().ifPresent(i -> out.text("interval", i));
        check.timeout().ifPresent(t -> out.text("timeout", t));
        if (check.retries().isPresent()) {
            out.put("retries", Doc.number(check.retries().getAsInt()));
        }
        check.startPeriod().ifPresent(p -> out.text("start_period", p));
        return out;
    }

    /** Compose wants exec-form tests to start with CMD (catalog tests already say CMD or CMD-SHELL). */
    private static List<String> prefixed(List<String> args) {
        if (!args.isEmpty() && (args.get(0).equals("CMD") || args.get(0).equals("CMD-SHELL"))) {
            return args;
        }
        List<String> out = new ArrayList<>();
        out.add("CMD");
        out.addAll(args);
        return out;
    }

    /**
     * Compose's reading of a value: text with {@code $} doubled; a variable as {@code ${NAME:?...}}
     * (required), {@code ${NAME?...}} (required, may be empty), {@code ${NAME:-default}} or
     * {@code ${NAME-default}} (a default when unset, or when unset or empty), {@code ${NAME-}}.
     */
    static String value(Value value, dev.gantry.render.Quote quote) {
        return quote.yaml(value.write(text -> text.replace("$", "$$"), ComposeDocument::variable));
    }

    private static String variable(Part.Variable v) {
        String empty = v.emptyAllowed() ? "" : ":";
        if (v.fallback().isPresent()) {
            return "${" + v.name() + empty + "-" + v.fallback().get() + "}";
        }
        return v.required() ? "${" + v.name() + empty + "?set " + v.name() + " in .env}" : "${" + v.name() + "-}";
    }
}
