package dev.gantry.bind;

import static dev.gantry.bind.Fields.command;
import static dev.gantry.bind.Fields.flag;
import static dev.gantry.bind.Fields.healthcheck;
import static dev.gantry.bind.Fields.integer;
import static dev.gantry.bind.Fields.list;
import static dev.gantry.bind.Fields.locatedStrings;
import static dev.gantry.bind.Fields.map;
import static dev.gantry.bind.Fields.scalarMap;
import static dev.gantry.bind.Fields.string;
import static dev.gantry.bind.Fields.strings;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.Command;
import dev.gantry.model.ContainerOptions;
import dev.gantry.model.Dependency;
import dev.gantry.model.EnvValue;
import dev.gantry.model.External;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Limits;
import dev.gantry.model.Located;
import dev.gantry.model.Logging;
import dev.gantry.model.Mounts;
import dev.gantry.model.Networking;
import dev.gantry.model.Placement;
import dev.gantry.model.Port;
import dev.gantry.model.Process;
import dev.gantry.model.Resources;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSettings;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Tmpfs;
import dev.gantry.model.Variables;
import dev.gantry.model.Volume;
import dev.gantry.util.Sizes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** Binds one service, as an environment runs it, from its merged mapping. */
public final class ServiceBinder {

    private ServiceBinder() {
    }

    /** The service's source; empty when it gives neither {@code image} nor {@code use} (a lint error). */
    public static Optional<Located<ServiceSource>> source(YMap map, Set<String> imageNames) {
        Optional<YNode> use = map.get("use");
        if (use.isPresent() && use.get() instanceof YScalar s && !s.isNull()) {
            String text = s.asText();
            int colon = text.indexOf(':');
            return Optional.of(new Located<>(
                    new ServiceSource.Catalog(text.substring(0, colon), text.substring(colon + 1)), s.position()));
        }
        Optional<YNode> image = map.get("image");
        if (image.isPresent() && image.get() instanceof YScalar s && !s.isNull()) {
            String ref = s.asText();
            ImageSource source = ImageBinder.source(ref, imageNames, flag(map, "unpinned"));
            return Optional.of(new Located<>(new ServiceSource.Image(source, Fields.located(map, "tag_from_env")),
                    s.position()));
        }
        return Optional.empty();
    }

    /**
     * The service; what cannot be read the way compose reads it (a command line that does not split
     * into words) goes to {@code diagnostics}.
     */
    public static Service bind(String name, Position keyAt, YMap map, Located<ServiceSource> source,
            Diagnostics diagnostics) {
        return new Service(new Located<>(name, keyAt), string(map, "description"), source, config(map, keyAt),
                new Process(words(map, "command", name, diagnostics), words(map, "entrypoint", name, diagnostics),
                        string(map, "working_dir"), string(map, "user"), flag(map, "init"),
                        Fields.located(map, "stop_grace_period"), Fields.located(map, "stop_signal"),
                        flag(map, "stdin_open"), flag(map, "tty")),
                new Variables(env(map(map, "env")), strings(map, "env_files"), locatedStrings(map, "secrets"),
                        Fields.located(map, "secrets_prefix")),
                new Networking(ports(map), strings(map, "networks"), extraHosts(map), dependsOn(map)),
                new Mounts(volumes(map), tmpfs(map), Fields.located(map, "data_volume")),
                new ContainerOptions(healthcheck(map, "healthcheck"),
                        string(map, "restart").map(ContainerOptions.Restart::of), resources(map),
                        integer(map, "replicas"), flag(map, "privileged"), strings(map, "devices"),
                        strings(map, "cap_add"), scalarMap(map, "labels"), limits(map), logging(map),
                        locatedStrings(map, "profiles"), Fields.located(map, "container_name")),
                new Placement(Fields.located(map, "in_front_of"), external(map), flag(map, "container"),
                        new Placement.Constraints(locatedStrings(Fields.map(map, "placement"), "constraints"),
                                locatedStrings(Fields.map(map, "placement"), "spread"))),
                etcd(map(map, "etcd"), ""), settings(map, keyAt));
    }

    /**
     * A service's command or entrypoint: a string is split into words as compose splits it, and
     * runs without a shell; what a shell would have read differently is worth a warning.
     */
    private static Optional<Command> words(YMap map, String key, String service, Diagnostics diagnostics) {
        if (!(map.get(key).orElse(null) instanceof YScalar s) || s.isNull()) {
            return command(map, key);
        }
        ShellWords.Split split = ShellWords.split(s.asText());
        split.problem().ifPresent(problem -> diagnostics.report(Problem.COMMAND_NOT_SPLIT, s.position(), key, service, problem));
        if (!split.shellSyntax().isEmpty()) {
            diagnostics.report(Problem.SHELL_SYNTAX_IN_COMMAND, s.position(), key, service,
                    String.join(", ", split.shellSyntax().stream().map(t -> "`" + t + "`").toList()));
        }
        return Optional.of(new Command(split.words(), false));
    }

    /** {@code [db, cache]}, or the long form with a condition per service. */
    private static List<Dependency> dependsOn(YMap map) {
        List<Dependency> out = new ArrayList<>();
        if (map.get("depends_on").orElse(null) instanceof YMap long_) {
            long_.entries().forEach((name, entry) -> out.add(new Dependency(new Located<>(name, entry.keyPosition()),
                    Fields.located((YMap) entry.value(), "condition")
                            .map(c -> new Located<>(Dependency.Condition.of(c.value()), c.at())))));
        } else {
            locatedStrings(map, "depends_on").forEach(d -> out.add(new Dependency(d, Optional.empty())));
        }
        return out;
    }

    /** Per-service blocks of the targets that have them, e.g. {@code ecs:}, and the service's {@code raw} blocks. */
    private static ServiceSettings settings(YMap map, Position keyAt) {
        return new ServiceSettings(SettingsBlocks.ECS_SERVICE.bind(Fields.optionalMap(map, "ecs"), keyAt),
                SettingsBlocks.PLATFORMSH_SERVICE.bind(Fields.optionalMap(map, "platformsh"), keyAt),
                RawBinder.blocks(map));
    }

    /** The {@code config:} block: scalars as written, lists as lists of texts. */
    private static CatalogConfig config(YMap service, Position keyAt) {
        Optional<YMap> block = Fields.optionalMap(service, "config");
        Map<String, CatalogConfig.Setting> settings = new LinkedHashMap<>();
        block.ifPresent(m -> m.entries().forEach((key, e) -> {
            if (e.value() instanceof YScalar s) {
                settings.put(key, new CatalogConfig.Setting(e.keyPosition(), s.position(), s.value(),
                        Fields.scalarText(s)));
            } else if (e.value() instanceof YSeq seq) {
                List<String> items = new ArrayList<>();
                seq.items().forEach(item -> items.add(Fields.scalarText((YScalar) item)));
                settings.put(key, new CatalogConfig.Setting(e.keyPosition(), seq.position(), List.copyOf(items),
                        String.join(",", items)));
            }
        }));
        return new CatalogConfig(block.map(YMap::position).orElse(keyAt), settings);
    }

    /** The etcd tree flattened to paths: {@code {arakoon: {cluster: x}}} gives {@code arakoon/cluster -> x}. */
    private static Map<String, Located<String>> etcd(YMap tree, String prefix) {
        Map<String, Located<String>> out = new LinkedHashMap<>();
        tree.entries().forEach((key, entry) -> {
            if (entry.value() instanceof YMap subtree) {
                out.putAll(etcd(subtree, prefix + key + "/"));
            } else if (entry.value() instanceof YScalar s) {
                out.put(prefix + key, new Located<>(Fields.scalarText(s), s.position()));
            }
        });
        return out;
    }

    /** The variables in source order; a {@code null} value removes an inherited one, so it is left out. */
    public static Map<String, Located<EnvValue>> env(YMap env) {
        Map<String, Located<EnvValue>> out = new LinkedHashMap<>();
        env.entries().forEach((key, entry) -> {
            YNode value = entry.value();
            if (value instanceof YScalar s && s.isNull()) {
                return;
            }
            out.put(key, new Located<>(envValue(value), value.position()));
        });
        return out;
    }

    private static EnvValue envValue(YNode value) {
        if (!(value instanceof YMap map)) {
            return new EnvValue.Literal(Fields.scalarText((YScalar) value));
        }
        if (map.get("secret").isPresent()) {
            return new EnvValue.Secret(string(map, "secret").orElseThrow());
        }
        if (map.get("from_env").isPresent()) {
            return new EnvValue.FromEnv(string(map, "from_env").orElseThrow(),
                    map.get("default").map(d -> Fields.scalarText((YScalar) d)), flag(map, "allow_empty"),
                    Fields.optionalFlag(map, "required").orElse(true));
        }
        if (map.get("value").isPresent()) {
            return new EnvValue.Literal(Fields.scalarText((YScalar) map.get("value").orElseThrow()),
                    flag(map, "not_secret"));
        }
        String target = string(map, "ref").orElseThrow();
        int dot = target.indexOf('.');
        return new EnvValue.Ref(target.substring(0, dot), target.substring(dot + 1));
    }

    private static List<Port> ports(YMap map) {
        List<Port> out = new ArrayList<>();
        for (YNode node : list(map, "ports")) {
            if (node instanceof YMap long_) {
                out.add(new Port(integer(long_, "target").orElseThrow(), integer(long_, "published"),
                        string(long_, "host_ip"), protocol(string(long_, "protocol").orElse("tcp"))));
            } else {
                out.add(parsePort(((YScalar) node).asText()));
            }
        }
        return out;
    }

    /** {@code 9000}, {@code 8080:80}, {@code 127.0.0.1:8080:80/udp}. */
    static Port parsePort(String text) {
        Port.Protocol protocol = Port.Protocol.TCP;
        int slash = text.indexOf('/');
        if (slash >= 0) {
            protocol = protocol(text.substring(slash + 1));
            text = text.substring(0, slash);
        }
        String[] parts = text.split(":");
        int target = Integer.parseInt(parts[parts.length - 1]);
        OptionalInt published = parts.length >= 2 ? OptionalInt.of(Integer.parseInt(parts[parts.length - 2]))
                : OptionalInt.empty();
        Optional<String> hostIp = parts.length == 3 ? Optional.of(parts[0]) : Optional.empty();
        return new Port(target, published, hostIp, protocol);
    }

    private static Port.Protocol protocol(String text) {
        return Port.Protocol.valueOf(text.toUpperCase(java.util.Locale.ROOT));
    }

    private static List<Volume> volumes(YMap map) {
        List<Volume> out = new ArrayList<>();
        for (YNode node : list(map, "volumes")) {
            if (node instanceof YMap long_) {
                List<String> options = new ArrayList<>();
                if (flag(long_, "read_only")) {
                    options.add("ro");
                }
                string(long_, "consistency").ifPresent(options::add);
                string(long_, "selinux").ifPresent(options::add);
                out.add(new Volume(string(long_, "source").orElseThrow(), string(long_, "target").orElseThrow(),
                        options, string(long_, "size"), string(long_, "source_path"), long_.position()));
            } else {
                String[] parts = ((YScalar) node).asText().split(":");
                out.add(new Volume(parts[0], parts[1], parts.length == 3 ? List.of(parts[2].split(",")) : List.of(),
                        Optional.empty(), Optional.empty(), node.position()));
            }
        }
        return out;
    }

    /** {@code /run}, or {@code {path: /tmp, size: 64MB}}. */
    private static List<Tmpfs> tmpfs(YMap map) {
        List<Tmpfs> out = new ArrayList<>();
        for (YNode node : list(map, "tmpfs")) {
            if (node instanceof YMap long_) {
                out.add(new Tmpfs(string(long_, "path").orElseThrow(), size(long_, "size"), long_.position()));
            } else {
                out.add(new Tmpfs(((YScalar) node).asText(), Optional.empty(), node.position()));
            }
        }
        return out;
    }

    private static Optional<Long> size(YMap map, String key) {
        return map.get(key).map(n -> Sizes.toMiB(((YScalar) n).asText()));
    }

    /** {@code shm_size}, {@code ulimits} ({@code nofile: 65536} or {@code {soft: .., hard: ..}}), {@code sysctls}. */
    private static Limits limits(YMap map) {
        Map<String, Limits.Ulimit> ulimits = new LinkedHashMap<>();
        Fields.map(map, "ulimits").entries().forEach((name, e) -> {
            if (e.value() instanceof YMap pair) {
                ulimits.put(name, new Limits.Ulimit(integer(pair, "soft").orElseThrow(),
                        integer(pair, "hard").orElseThrow()));
            } else {
                long both = (Long) ((YScalar) e.value()).value();
                ulimits.put(name, new Limits.Ulimit(both, both));
            }
        });
        Optional<Located<Long>> shm = map.get("shm_size").map(n -> new Located<>(
                Sizes.toMiB(((YScalar) n).asText()), n.position()));
        return new Limits(shm, ulimits, scalarMap(map, "sysctls"));
    }

    private static Optional<Logging> logging(YMap map) {
        return Fields.optionalMap(map, "logging").map(l -> {
            Map<String, String> options = new LinkedHashMap<>();
            scalarMap(l, "options").forEach((k, v) -> options.put(k, v.value()));
            return new Logging(string(l, "driver").orElseThrow(), options, l.position());
        });
    }

    private static Optional<Resources> resources(YMap map) {
        return Fields.optionalMap(map, "resources").map(r -> new Resources(Fields.number(r, "cpu"),
                string(r, "memory").map(Sizes::toMiB)));
    }

    private static Map<String, String> extraHosts(YMap map) {
        Map<String, String> out = new LinkedHashMap<>();
        map(map, "extra_hosts").entries().forEach((k, e) -> out.put(k, ((YScalar) e.value()).asText()));
        return out;
    }

    private static Optional<External> external(YMap map) {
        return Fields.optionalMap(map, "external").map(e -> new External(string(e, "host").orElseThrow(),
                integer(e, "port"), string(e, "user"), string(e, "database"), string(e, "password")));
    }
}
