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

import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.load.YSeq;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.ContainerOptions;
import dev.gantry.model.EnvValue;
import dev.gantry.model.External;
import dev.gantry.model.ImageReference;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Mounts;
import dev.gantry.model.Networking;
import dev.gantry.model.Placement;
import dev.gantry.model.Port;
import dev.gantry.model.Process;
import dev.gantry.model.Resources;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSettings;
import dev.gantry.model.ServiceSource;
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
            ImageSource source = imageNames.contains(ref) ? new ImageSource.Built(ref)
                    : new ImageSource.Published(ImageReference.parse(ref));
            return Optional.of(new Located<>(new ServiceSource.Image(source), s.position()));
        }
        return Optional.empty();
    }

    public static Service bind(String name, Position keyAt, YMap map, Located<ServiceSource> source) {
        return new Service(new Located<>(name, keyAt), string(map, "description"), source, config(map, keyAt),
                new Process(command(map, "command"), command(map, "entrypoint"), string(map, "working_dir"),
                        string(map, "user")),
                new Variables(env(map(map, "env")), strings(map, "env_files"), locatedStrings(map, "secrets")),
                new Networking(ports(map), strings(map, "networks"), extraHosts(map),
                        locatedStrings(map, "depends_on")),
                new Mounts(volumes(map)),
                new ContainerOptions(healthcheck(map, "healthcheck"),
                        string(map, "restart").map(ContainerOptions.Restart::of), resources(map),
                        integer(map, "replicas"), flag(map, "privileged"), strings(map, "devices"),
                        strings(map, "cap_add"), scalarMap(map, "labels")),
                new Placement(Fields.located(map, "in_front_of"), external(map), flag(map, "container")),
                etcd(map(map, "etcd"), ""), settings(map, keyAt));
    }

    /** Per-service blocks of the targets that have them, e.g. {@code ecs:}. */
    private static ServiceSettings settings(YMap map, Position keyAt) {
        return new ServiceSettings(SettingsBlocks.ECS_SERVICE.bind(Fields.optionalMap(map, "ecs"), keyAt),
                SettingsBlocks.PLATFORMSH_SERVICE.bind(Fields.optionalMap(map, "platformsh"), keyAt));
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

    public static Map<String, Located<EnvValue>> env(YMap env) {
        Map<String, Located<EnvValue>> out = new LinkedHashMap<>();
        env.entries().forEach((key, entry) -> {
            YNode value = entry.value();
            EnvValue bound;
            if (value instanceof YMap ref && ref.get("secret").isPresent()) {
                bound = new EnvValue.Secret(string(ref, "secret").orElseThrow());
            } else if (value instanceof YMap ref) {
                String target = string(ref, "ref").orElseThrow();
                int dot = target.indexOf('.');
                bound = new EnvValue.Ref(target.substring(0, dot), target.substring(dot + 1));
            } else {
                bound = new EnvValue.Literal(Fields.scalarText((YScalar) value));
            }
            out.put(key, new Located<>(bound, value.position()));
        });
        return out;
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
                out.add(new Volume(string(long_, "source").orElseThrow(), string(long_, "target").orElseThrow(),
                        flag(long_, "read_only"), string(long_, "size"), string(long_, "source_path")));
            } else {
                String[] parts = ((YScalar) node).asText().split(":");
                out.add(new Volume(parts[0], parts[1], parts.length == 3 && parts[2].equals("ro"), Optional.empty(),
                        Optional.empty()));
            }
        }
        return out;
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
