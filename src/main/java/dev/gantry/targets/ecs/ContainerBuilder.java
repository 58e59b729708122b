package dev.gantry.targets.ecs;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.catalog.Endpoint;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Command;
import dev.gantry.model.Dependency;
import dev.gantry.model.EnvValue;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Port;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Storage;
import dev.gantry.model.Volume;
import dev.gantry.model.ecs.EcsServiceSettings;
import dev.gantry.model.ecs.EcsSettings;
import dev.gantry.plan.ecs.TaskLayout;
import dev.gantry.render.Doc;
import dev.gantry.render.JsonWriter;
import dev.gantry.render.RawMerge;
import dev.gantry.util.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One container definition of a task, from a service as its environment runs it. */
final class ContainerBuilder {

    static final String STORAGE_VOLUME = "storage";
    static final String STORAGE_MOUNT = "/mnt/storage";

    /**
     * A variable of the container, where environment.yaml sets it and who sets it (for messages);
     * {@code ref} names its reference, if any.
     */
    private record Entry(Value value, Position at, String setBy, EnvValue.Ref ref) {
    }

    private final EcsEnvironment ctx;
    private final TaskLayout.Task task;
    private final Service service;
    private final TaskVolumes volumes;
    private final Optional<CatalogInstance> instance;
    private final Connections connections;
    private final EcsServiceSettings own;
    private final Position at;
    private final RawMerge.Result raw;

    ContainerBuilder(EcsEnvironment ctx, TaskLayout.Task task, Service service, TaskVolumes volumes,
            RawMerge.Result raw) {
        this.raw = raw;
        this.ctx = ctx;
        this.task = task;
        this.service = service;
        this.volumes = volumes;
        this.instance = ctx.instance(service);
        this.connections = ctx.connectionsFrom(service);
        this.own = service.settings().ecs();
        this.at = service.name().at();
    }

    ContainerDefinition build() {
        notCarried();
        EcsRuntime runtime = new EcsRuntime(ctx, service);
        runtime.notCarried();
        Map<String, Entry> entries = entries();
        List<ContainerDefinition.KeyValue> environment = new ArrayList<>();
        List<ContainerDefinition.Secret> secrets = new ArrayList<>();
        entries.forEach((name, entry) -> split(name, entry, environment, secrets));
        String image = image();
        ctx.pulls(image);
        List<ContainerDefinition.Dependency> dependencies = dependencies();
        List<String> links = ctx.sharesNetwork() ? List.of()
                : dependencies.stream().map(ContainerDefinition.Dependency::containerName).toList();
        Integer cpu = service.options().resources().flatMap(r -> r.cpu()).map(Units::cpuUnits).orElse(null);
        Integer memory = service.options().resources().flatMap(r -> r.memoryMiB()).map(Math::toIntExact).orElse(null);
        Integer reservation = own.memoryReservationMiB().map(m -> Math.toIntExact(m.value())).orElse(null);
        List<ContainerDefinition.PortMapping> ports = nonEmpty(ports());
        boolean essential = essential();
        Doc.Mapping json = new Doc.Mapping().text("name", service.id()).text("image", image);
        put(json, "repositoryCredentials", credentials());
        json.put("essential", Doc.flag(essential));
        put(json, "cpu", cpu);
        put(json, "memory", memory);
        put(json, "memoryReservation", reservation);
        put(json, "portMappings", ports);
        put(json, "links", nonEmpty(links));
        put(json, "entryPoint", service.process().entrypoint().map(Command::execForm).orElse(null));
        put(json, "command", command().orElse(null));
        put(json, "workingDirectory", service.process().workingDir().orElse(null));
        put(json, "user", service.process().user().orElse(null));
        put(json, "environment", nonEmpty(environment));
        put(json, "secrets", nonEmpty(secrets));
        put(json, "mountPoints", nonEmpty(mounts()));
        put(json, "dependsOn", nonEmpty(dependencies));
        put(json, "stopTimeout", runtime.stopTimeout());
        put(json, "healthCheck", EcsHealthChecks.of(ctx.healthCheck(service), service.id(), at, ctx.findings)
                .orElse(null));
        put(json, "privileged", privileged());
        put(json, "linuxParameters", linuxParameters(runtime));
        put(json, "extraHosts", extraHosts());
        put(json, "interactive", runtime.interactive());
        put(json, "pseudoTerminal", runtime.pseudoTerminal());
        put(json, "dockerLabels", labels());
        put(json, "ulimits", runtime.ulimits());
        put(json, "logConfiguration", logs());
        put(json, "systemControls", runtime.systemControls());
        service.settings().raw().of(EcsTarget.NAME).ifPresent(block -> RawMerge.into(json, block,
                List.of("containerDefinitions", "[" + service.id() + "]"), raw));
        return new ContainerDefinition(service.id(), essential, cpu, memory, reservation, ports, json);
    }

    /**
     * A container runs for as long as its task, unless environment.yaml says otherwise or another
     * container waits for it to succeed: ECS refuses an essential container as such a dependency.
     */
    private boolean essential() {
        boolean oneShot = task.containers().stream().flatMap(s -> s.network().dependsOn().stream())
                .anyMatch(d -> d.id().equals(service.id())
                        && d.condition().map(Located::value).orElse(null) == Dependency.Condition.COMPLETED);
        Optional<Located<Boolean>> given = own.essential();
        if (oneShot && given.map(Located::value).orElse(false)) {
            ctx.findings.report(Problem.ECS_ESSENTIAL_ONE_SHOT, given.get().at(), service.id());
        }
        return given.map(Located::value).orElse(!oneShot);
    }

    /** Puts {@code value} as JSON unless it is null. */
    private static void put(Doc.Mapping json, String key, Object value) {
        if (value != null) {
            json.put(key, JsonWriter.tree(value));
        }
    }

    private String image() {
        if (instance.isPresent()) {
            return instance.get().image();
        }
        Optional<String> built = service.builtImage();
        if (built.isEmpty()) {
            return ((ImageSource.Published) ((ServiceSource.Image) service.source().value()).source()).reference()
                    .toString();
        }
        if (ctx.project.registry().isEmpty()) {
            ctx.findings.report(Problem.ECS_BUILT_IMAGE_WITHOUT_REGISTRY, service.source().at(), built.get(),
                    service.id());
        }
        String digest = ctx.settings.images().digests().get(built.get());
        if (digest != null) {
            return ctx.project.repository() + "@" + digest;
        }
        if (ctx.settings.images().tag().isEmpty()) {
            ctx.untagged.add(built.get());
            return ctx.project.repository();
        }
        return ctx.project.repository() + ":" + built.get() + "-" + ctx.settings.images().tag().get().value();
    }

    private ContainerDefinition.RepositoryCredentials credentials() {
        if (service.builtImage().isEmpty() || ctx.settings.images().registryCredentials().isEmpty()) {
            return null;
        }
        Located<String> secret = ctx.settings.images().registryCredentials().get();
        return ctx.secrets.arn(secret.value(), secret.at(), "`ecs.registry_credentials`")
                .map(ContainerDefinition.RepositoryCredentials::new).orElse(null);
    }

    /** The catalog's variables, the storage coordinates, then the service's own env and secrets. */
    private Map<String, Entry> entries() {
        Map<String, Entry> out = new LinkedHashMap<>();
        instance.ifPresent(i -> i.env().forEach((k, v) -> out.put(k, new Entry(v, at, "`" + service.id() + "` ("
                + i.entry().kind() + ")", null))));
        if (service.builtImage().isPresent()) {
            ctx.env.storage().filter(Storage::isS3).ifPresent(s -> {
                s.bucket().ifPresent(b -> out.put("S3_BUCKET", new Entry(Value.text(b), at, null, null)));
                out.put("AWS_DEFAULT_REGION", new Entry(Value.text(s.region().or(() -> ctx.settings.aws().region()
                        .map(Located::value)).orElse("")), at, null, null));
            });
        }
        service.variables().env().forEach((name, value) -> entry(name, value).ifPresent(e -> out.put(name, e)));
        service.variables().secrets().forEach(s -> out.put(s.value(), new Entry(Value.variable(s.value()), s.at(),
                variable(s.value()), null)));
        return out;
    }

    private Optional<Entry> entry(String name, Located<EnvValue> value) {
        if (value.value() instanceof EnvValue.Literal literal) {
            return Optional.of(new Entry(Value.text(literal.value()), value.at(), null, null));
        }
        if (value.value() instanceof EnvValue.Secret secret) {
            return Optional.of(new Entry(Value.variable(secret.name()), value.at(), null, null));
        }
        if (value.value() instanceof EnvValue.FromEnv from) {
            return fromEnv(name, from, value.at()).map(v -> new Entry(Value.text(v), value.at(), null, null));
        }
        EnvValue.Ref ref = (EnvValue.Ref) value.value();
        return Optional.of(new Entry(connections.resolve(ref), value.at(), null, ref));
    }

    /**
     * A task reads no .env and no shell where it starts: a variable read from there gets its default,
     * with a warning; without one it is left out when optional, and an error when required.
     */
    private Optional<String> fromEnv(String name, EnvValue.FromEnv from, Position at) {
        if (from.fallback().isPresent()) {
            ctx.findings.report(Problem.ECS_FROM_ENV_DEFAULT, at, name, service.id(), from.variable(),
                    from.fallback().get(), ctx.env.id());
        } else if (from.required()) {
            ctx.findings.report(Problem.ECS_FROM_ENV_REQUIRED, at, name, service.id(), from.variable(), ctx.env.id());
        } else {
            ctx.findings.report(Problem.ECS_FROM_ENV_OPTIONAL, at, name, service.id(), from.variable(), ctx.env.id());
        }
        return from.fallback();
    }

    private String variable(String name) {
        return "`" + name + "` of `" + service.id() + "`";
    }

    /** Literal values are environment variables; a value that is one secret is an ECS secret; a mix cannot be said. */
    private void split(String name, Entry entry, List<ContainerDefinition.KeyValue> environment,
            List<ContainerDefinition.Secret> secrets) {
        Optional<String> literal = entry.value().literal();
        Optional<String> secret = entry.value().soleVariable();
        if (literal.isPresent()) {
            environment.add(new ContainerDefinition.KeyValue(name, literal.get()));
        } else if (secret.isPresent()) {
            ctx.secrets.arn(secret.get(), entry.at(), entry.setBy() != null ? entry.setBy() : variable(name))
                    .ifPresent(arn -> secrets.add(new ContainerDefinition.Secret(name, arn)));
        } else {
            ctx.findings.report(Problem.ECS_SECRET_INSIDE_VALUE, entry.at(), name, service.id(),
                    Phrases.codes(entry.value().variables()), ctx.env.id(), entry.ref() == null
                            ? "the secret as a variable of its own"
                            : "`{ref: " + entry.ref().service() + ".password}` as a variable of its own and the"
                                    + " host, port, user and database as refs");
        }
    }

    private Optional<List<String>> command() {
        if (service.process().command().isPresent()) {
            return service.process().command().map(Command::execForm);
        }
        if (instance.isEmpty()) {
            return Optional.empty();
        }
        List<Value> command = catalogCommand(instance.get());
        List<String> out = new ArrayList<>();
        for (Value part : command) {
            Optional<String> literal = part.literal();
            if (literal.isEmpty()) {
                ctx.findings.report(Problem.ECS_SECRET_IN_COMMAND, at, service.id(), Phrases.codes(part.variables()));
                return Optional.empty();
            }
            out.add(literal.get());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /**
     * The catalog's command; for a kind whose config file ECS cannot mount, the command the catalog
     * gives instead, when it has one. A one-shot set-up container has no place in a task definition.
     */
    private List<Value> catalogCommand(CatalogInstance i) {
        CatalogEntry entry = i.entry();
        if (entry.kind().equals(EtcdSeed.KIND)) {
            ctx.findings.report(Problem.ECS_ETCD_WITHOUT_AUTHENTICATION, at, service.id());
        }
        i.init().ifPresent(init -> ctx.findings.report(Problem.ECS_CATALOG_SET_UP, at, service.id(), entry.kind(),
                ctx.env.id()));
        if (entry.configFile().isEmpty()) {
            return i.command();
        }
        CatalogEntry.ConfigFile file = entry.configFile().get();
        Optional<String> ownFile = service.config().text(file.key());
        List<String> replacement = entry.ecs().command();
        if (ownFile.isPresent() || replacement.isEmpty()) {
            ctx.findings.report(Problem.ECS_CATALOG_CONFIG_FILE, at, ownFile.map(f -> "`" + f + "`")
                    .orElse("the " + file.name() + " Gantry generates"), service.id(), entry.kind(), i.image(),
                    ctx.env.id());
            return i.command();
        }
        String backend = backend();
        return replacement.stream().map(part -> i.expand(part.replace("{backend}", backend))).toList();
    }

    /** host:port of the service an HTTP cache is in front of, as the cache reaches it. */
    private String backend() {
        Service backend = ctx.env.services().get(service.placement().inFrontOf().orElseThrow().value());
        Endpoint endpoint = ctx.sharesNetwork() && ctx.layout.sameTask(service, backend)
                ? Endpoint.container("localhost") : Connections.endpoint(backend);
        int port = endpoint.port().orElse(backend.network().ports().stream().findFirst().map(Port::target).orElse(80));
        return endpoint.host() + ":" + port;
    }

    private List<ContainerDefinition.PortMapping> ports() {
        String mode = ctx.settings.networkMode().value().value();
        Map<String, ContainerDefinition.PortMapping> out = new LinkedHashMap<>();
        for (Port port : service.network().ports()) {
            Integer hostPort = switch (mode) {
                case "bridge" -> port.published().isPresent() ? port.published().getAsInt() : null;
                case "host" -> port.target();
                default -> null;
            };
            boolean moved = port.published().isPresent() && port.published().getAsInt() != port.target();
            if (!mode.equals("bridge") && moved) {
                ctx.findings.report(Problem.ECS_HOST_PORT_UNUSED, at, port.published().getAsInt(), service.id(), mode,
                        port.target(), ctx.env.id());
            }
            port.hostIp().ifPresent(ip -> ctx.findings.report(Problem.ECS_HOST_ADDRESS_UNUSED, at, ip, port.target(),
                    service.id()));
            out.putIfAbsent(port.target() + "/" + port.protocol().value(),
                    new ContainerDefinition.PortMapping(port.target(), hostPort, port.protocol().value()));
        }
        instance.ifPresent(i -> {
            List<Integer> catalogPorts = new ArrayList<>(List.of(i.entry().port()));
            catalogPorts.addAll(i.entry().container().extraPorts());
            catalogPorts.forEach(p -> out.putIfAbsent(p + "/tcp", new ContainerDefinition.PortMapping(p,
                    mode.equals("host") ? p : null, "tcp")));
        });
        return List.copyOf(out.values());
    }

    private List<ContainerDefinition.MountPoint> mounts() {
        List<ContainerDefinition.MountPoint> out = new ArrayList<>();
        List<String> unmountable = new ArrayList<>();
        for (Volume v : service.mounts().volumes()) {
            if (!v.isBindMount()) {
                volumes.named(v.source(), v.target(), v.readOnly(), service).ifPresent(out::add);
            } else if (ctx.settings.fargate() || !v.source().startsWith("/")) {
                unmountable.add(v.source() + ":" + v.target());
            } else {
                out.add(volumes.host(v.source(), v.target(), v.readOnly()));
            }
            List<String> options = v.options().stream().filter(o -> !o.equals("ro") && !o.equals("rw")).toList();
            if (!options.isEmpty()) {
                ctx.findings.report(Problem.ECS_MOUNT_OPTIONS, v.at(), Phrases.codes(options), v.spec(), ctx.env.id());
            }
        }
        if (!unmountable.isEmpty()) {
            ctx.findings.report(Problem.ECS_BIND_MOUNT, at, service.id(), Phrases.codes(unmountable),
                    ctx.settings.fargate() ? "Fargate cannot mount: its tasks have no host folders"
                            : "ECS cannot mount: the project folder is not on the container instances", ctx.env.id());
        }
        instance.flatMap(i -> i.entry().data()).ifPresent(path -> {
            String name = instance.get().dataVolume().orElseThrow();
            Optional<ContainerDefinition.MountPoint> data = volumes.efsOnly(name, path);
            data.ifPresent(out::add);
            if (data.isEmpty() && instance.get().keepsData()) {
                ctx.findings.report(Problem.ECS_DATA_LIVES_WITH_TASK, at, service.id(), ctx.env.id(), name);
            }
        });
        if (service.builtImage().isPresent()) {
            ctx.env.storage().filter(Storage::isNfs).ifPresent(s -> storage(s, out));
        }
        return out;
    }

    /** NFS storage is the EFS volume {@code storage} in every container of the project's images. */
    private void storage(Storage storage, List<ContainerDefinition.MountPoint> out) {
        Optional<ContainerDefinition.MountPoint> mount = volumes.efsOnly(STORAGE_VOLUME,
                storage.mount().orElse(STORAGE_MOUNT));
        mount.ifPresent(out::add);
        if (mount.isEmpty()) {
            ctx.findings.report(Problem.ECS_NFS_WITHOUT_EFS, ctx.settings.at(), ctx.env.id(), STORAGE_VOLUME);
        }
    }

    /**
     * Containers of the same task start after what they depend on (and, in bridge mode, are linked
     * to it); other tasks start on their own.
     */
    private List<ContainerDefinition.Dependency> dependencies() {
        Map<String, Optional<Dependency.Condition>> declared = new LinkedHashMap<>();
        service.network().dependsOn().forEach(d -> declared.put(d.id(), d.condition().map(Located::value)));
        service.placement().inFrontOf().ifPresent(f -> declared.putIfAbsent(f.value(), Optional.empty()));
        Set<String> all = new LinkedHashSet<>(declared.keySet());
        service.variables().env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Ref ref) {
                all.add(ref.service());
            }
        });
        List<ContainerDefinition.Dependency> out = new ArrayList<>();
        for (String name : all) {
            Service target = ctx.env.services().get(name);
            if (target == null || target.placement().external().isPresent() || target.id().equals(service.id())) {
                continue;
            }
            if (task.contains(target)) {
                Dependency.Condition condition = declared.getOrDefault(name, Optional.empty()).orElse(
                        ctx.hasHealthCheck(target) ? Dependency.Condition.HEALTHY : Dependency.Condition.STARTED);
                out.add(new ContainerDefinition.Dependency(name, condition.ecs()));
            } else if (declared.containsKey(name)) {
                ctx.crossTask.add(service.id() + " -> " + name);
            }
        }
        return out;
    }

    private Boolean privileged() {
        if (!service.options().privileged()) {
            return null;
        }
        if (ctx.settings.fargate()) {
            ctx.findings.report(Problem.ECS_FARGATE_PRIVILEGED, at, service.id(), ctx.env.id());
        }
        return Boolean.TRUE;
    }

    private ContainerDefinition.LinuxParameters linuxParameters(EcsRuntime runtime) {
        List<String> capabilities = service.options().capAdd();
        List<String> refused = capabilities.stream().filter(c -> !c.equals("SYS_PTRACE")).toList();
        if (ctx.settings.fargate() && !refused.isEmpty()) {
            ctx.findings.report(Problem.ECS_FARGATE_CAPABILITIES, at, service.id(), Phrases.codes(refused),
                    ctx.env.id());
        }
        if (ctx.settings.fargate() && !service.options().devices().isEmpty()) {
            ctx.findings.report(Problem.ECS_FARGATE_DEVICES, at, service.id(), ctx.env.id());
        }
        List<ContainerDefinition.Device> devices = service.options().devices().stream().map(ContainerBuilder::device).toList();
        Boolean init = runtime.initProcessEnabled();
        Integer shm = runtime.sharedMemorySize();
        List<ContainerDefinition.Tmpfs> tmpfs = runtime.tmpfs();
        if (capabilities.isEmpty() && devices.isEmpty() && init == null && shm == null && tmpfs == null) {
            return null;
        }
        return new ContainerDefinition.LinuxParameters(capabilities.isEmpty() ? null
                : new ContainerDefinition.Capabilities(capabilities), nonEmpty(devices), init, shm, tmpfs);
    }


    /** {@code /dev/x}, {@code /dev/x:/dev/y}, with {@code :rwm} permissions. */
    private static ContainerDefinition.Device device(String spec) {
        String[] parts = spec.split(":");
        String containerPath = parts.length > 1 && parts[1].startsWith("/") ? parts[1] : null;
        String mode = parts[parts.length - 1].startsWith("/") ? "" : parts[parts.length - 1];
        List<String> permissions = new ArrayList<>();
        mode.chars().forEach(c -> permissions.add(switch (c) {
            case 'r' -> "read";
            case 'w' -> "write";
            default -> "mknod";
        }));
        return new ContainerDefinition.Device(parts[0], containerPath, nonEmpty(permissions));
    }

    private List<ContainerDefinition.ExtraHost> extraHosts() {
        if (service.network().extraHosts().isEmpty()) {
            return null;
        }
        if (ctx.settings.networkMode().value() == EcsSettings.NetworkMode.AWSVPC) {
            ctx.findings.report(Problem.ECS_EXTRA_HOSTS_AWSVPC, at, service.id(), ctx.env.id());
        }
        List<ContainerDefinition.ExtraHost> out = new ArrayList<>();
        service.network().extraHosts().forEach((host, ip) -> {
            if (ip.equals("host-gateway")) {
                ctx.findings.report(Problem.ECS_HOST_GATEWAY, at, service.id(), host, ctx.env.id());
            }
            out.add(new ContainerDefinition.ExtraHost(host, ip));
        });
        return out;
    }

    /** Compose-only fields: the user hears that ECS does not carry them. */
    private void notCarried() {
        if (!service.variables().envFiles().isEmpty()) {
            ctx.findings.report(Problem.ECS_ENV_FILES, at, service.id(), ctx.env.id());
        }
        if (!service.network().networks().isEmpty()) {
            ctx.findings.report(Problem.ECS_NETWORKS, at, service.id());
        }
    }

    private Map<String, String> labels() {
        Map<String, String> out = new LinkedHashMap<>();
        service.options().labels().forEach((k, v) -> out.put(k, v.value()));
        return out.isEmpty() ? null : out;
    }

    /** awslogs into the environment's log group; streams are named after the task's service. */
    private ContainerDefinition.LogConfiguration logs() {
        Map<String, String> options = new LinkedHashMap<>();
        options.put("awslogs-group", ctx.settings.logGroup());
        options.put("awslogs-region", ctx.settings.aws().region().map(Located::value).orElse(""));
        options.put("awslogs-stream-prefix", task.main().id());
        return new ContainerDefinition.LogConfiguration("awslogs", options);
    }

    private static <T> List<T> nonEmpty(List<T> list) {
        return list == null || list.isEmpty() ? null : list;
    }
}
