package dev.gantry.target.compose;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.catalog.Part;
import dev.gantry.catalog.Value;
import dev.gantry.model.Command;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Port;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Volume;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** Turns one resolved environment into the compose file a reviewer reads on its own. */
final class ComposeFileBuilder {

    static final String IMAGE_TAG = "IMAGE_TAG";
    static final String S3 = "s3";
    private static final String INIT = "-init";

    private final Project project;
    private final Environment env;
    private final ComposeSettings settings;
    private final Connections connections;
    private final Map<String, ComposeFile.NfsVolume> volumes = new TreeMap<>();
    private final Set<String> networks = new java.util.TreeSet<>();
    private final Map<String, String> variables = new LinkedHashMap<>();
    private final Optional<CatalogInstance> s3StandIn;
    private final Optional<EtcdSeed> etcdSeed;

    ComposeFileBuilder(Project project, Environment env, ComposeSettings settings) {
        this.project = project;
        this.env = env;
        this.settings = settings;
        this.connections = new Connections(env.services());
        this.s3StandIn = StorageStandIn.s3(env);
        this.etcdSeed = EtcdSeed.of(project, env);
    }

    ComposeFile build() {
        List<ComposeService> services = new ArrayList<>();
        for (Service service : env.services().values()) {
            if (service.external().isEmpty()) {
                services.add(service(service));
                connections.instance(service).flatMap(CatalogInstance::init)
                        .ifPresent(init -> services.add(init(service.id(), init, service)));
            }
            etcdSeed.filter(seed -> seed.etcd() == service)
                    .ifPresent(seed -> services.add(EtcdSeedService.service(env, seed, connections)));
        }
        s3StandIn.ifPresent(s3 -> {
            services.add(catalogService(S3, s3, List.of()));
            services.add(init(S3, s3.init().orElseThrow(), null));
        });
        return new ComposeFile(env.id(), env.kind().label(), env.description().orElse(null), env.branch().orElse(null),
                env.profile(), settings.projectName(), services, volumes, List.copyOf(networks),
                variables);
    }

    /**
     * The names {@link #build} gives the services of an environment's file, in its order, without
     * building them (the control script lists them): each service that runs here, its one-shot init
     * service, the etcd seed after its etcd, then the S3 stand-in and its init.
     */
    static List<String> serviceNames(Project project, Environment env) {
        Connections connections = new Connections(env.services());
        Optional<EtcdSeed> etcdSeed = EtcdSeed.of(project, env);
        List<String> names = new ArrayList<>();
        for (Service service : env.services().values()) {
            if (service.external().isEmpty()) {
                names.add(service.id());
                connections.instance(service).flatMap(CatalogInstance::init)
                        .ifPresent(init -> names.add(service.id() + INIT));
            }
            etcdSeed.filter(seed -> seed.etcd() == service).ifPresent(seed -> names.add(seed.serviceName()));
        }
        StorageStandIn.s3(env).ifPresent(s3 -> names.addAll(List.of(S3, S3 + INIT)));
        return names;
    }

    private boolean deploysPrebuiltImages() {
        return env.kind() == EnvironmentKind.STAGING || env.kind() == EnvironmentKind.PROD;
    }

    private ComposeService service(Service service) {
        Optional<CatalogInstance> instance = connections.instance(service);
        if (instance.isPresent()) {
            return catalogService(service.id(), instance.get(), List.of(service)).withUser(userFields(service));
        }
        return plainService(service);
    }

    /** A catalog service: image, env, command, health check and data volume from the catalog. */
    private ComposeService catalogService(String name, CatalogInstance instance, List<Service> declared) {
        Map<String, Value> environment = new LinkedHashMap<>(instance.env());
        instance.secretVariables().forEach(variables::putIfAbsent);
        List<String> mounts = new ArrayList<>();
        instance.entry().data().ifPresent(path -> {
            volumes.put(ComposeTarget.dataVolume(name), null);
            mounts.add(ComposeTarget.dataVolume(name) + ":" + path);
        });
        instance.entry().configFile().ifPresent(file -> mounts.add("./" + ConfigFiles.path(env, name, file, declared)
                + ":" + file.mount() + ":ro"));
        List<String> expose = new ArrayList<>();
        expose.add(Integer.toString(instance.entry().port()));
        instance.entry().extraPorts().forEach(p -> expose.add(Integer.toString(p)));
        Map<String, String> dependsOn = new LinkedHashMap<>();
        declared.stream().flatMap(s -> s.inFrontOf().stream()).forEach(front ->
                dependsOn.put(front.value(), condition(env.services().get(front.value()))));
        List<Value> command = instance.command().isEmpty() ? null : instance.command();
        return new ComposeService(name, instance.entry().description(), Value.text(instance.image()), null, null,
                command, null,
                null, List.of(), expose, environment, List.of(), Map.of(), mounts, dependsOn,
                health(instance.healthcheck().orElse(null)), defaultRestart(), null, null, null, false, List.of(),
                List.of(), Map.of(), List.of());
    }

    /** A service from an image of this project or a published image. */
    private ComposeService plainService(Service service) {
        Optional<Image> built = service.builtImage().map(project.images()::get);
        Value image;
        ComposeService.Build build = null;
        if (built.isPresent()) {
            String tag = project.repository() + ":" + built.get().id();
            if (deploysPrebuiltImages()) {
                variables.putIfAbsent(IMAGE_TAG, "tag of the images to deploy: CI pushes each image as "
                        + project.repository() + ":<image>-<tag>");
                image = new Value(List.of(new Part.Text(tag + "-"), new Part.Variable(IMAGE_TAG)));
            } else {
                image = Value.text(tag);
                build = new ComposeService.Build(".", "Dockerfile", built.get().id());
            }
        } else {
            image = Value.text(((ImageSource.Published) ((ServiceSource.Image) service.source().value()).source())
                    .reference().toString());
        }
        Map<String, Value> environment = new LinkedHashMap<>();
        if (built.isPresent()) {
            environment.putAll(StorageStandIn.appEnv(env, s3StandIn));
        }
        HealthCheck health = service.healthcheck().orElse(built.flatMap(Image::healthcheck).orElse(null));
        ComposeService base = new ComposeService(service.id(), null, image, build, null, null, null, null, List.of(),
                List.of(), environment, List.of(), Map.of(), List.of(), Map.of(), null, defaultRestart(), null, null,
                null, false, List.of(), List.of(), Map.of(), List.of());
        ComposeService withUser = base.withUser(userFields(service));
        if (built.isPresent() && env.kind() == EnvironmentKind.DEV && settings.mountSource()) {
            Optional<String> source = project.sourceFolder();
            Optional<String> workdir = project.workdir(built.get().id());
            if (source.isPresent() && workdir.isPresent()) {
                withUser = withUser.withVolumeFirst("./" + source.get() + ":" + workdir.get());
            }
        }
        return health == null || service.healthcheck().isPresent() ? withUser : withUser.withHealth(health(health));
    }

    /** A one-shot container that prepares {@code service} once it is healthy. */
    private ComposeService init(String service, CatalogInstance.InitInstance init, Service declared) {
        Map<String, String> dependsOn = new LinkedHashMap<>();
        dependsOn.put(service, "service_healthy");
        init.env().values().forEach(v -> v.variables().forEach(name -> variables.putIfAbsent(name, name)));
        return ComposeService.oneShot(service + INIT, "One-shot set-up of " + service, Value.text(init.image()),
                init.command(), init.env(), List.of(), dependsOn);
    }

    /** What the user declared on the service, which applies over the catalog's or image's defaults. */
    private UserFields userFields(Service service) {
        Map<String, Value> environment = new LinkedHashMap<>();
        for (Map.Entry<String, Located<EnvValue>> e : service.env().entrySet()) {
            environment.put(e.getKey(), value(e.getValue().value()));
        }
        for (Located<String> secret : service.secrets()) {
            environment.put(secret.value(), Value.variable(secret.value()));
            variables.putIfAbsent(secret.value(), secretDescription(secret.value()));
        }
        List<String> ports = new ArrayList<>();
        List<String> expose = new ArrayList<>();
        for (Port port : service.ports()) {
            if (port.published().isPresent()) {
                ports.add(port.hostIp().map(ip -> ip + ":").orElse("") + port.published().getAsInt() + ":"
                        + port.target() + ("tcp".equals(port.protocol()) ? "" : "/" + port.protocol()));
            } else {
                expose.add(port.target() + ("tcp".equals(port.protocol()) ? "" : "/" + port.protocol()));
            }
        }
        List<String> mounts = new ArrayList<>();
        for (Volume v : service.volumes()) {
            if (!v.isBindMount()) {
                volumes.put(v.source(), null);
            }
            mounts.add(v.source() + ":" + v.target() + (v.readOnly() ? ":ro" : ""));
        }
        StorageStandIn.nfsMount(env).ifPresent(mount -> {
            if (service.builtImage().isPresent()) {
                volumes.put(StorageStandIn.VOLUME, StorageStandIn.nfsVolume(env).orElse(null));
                mounts.add(mount);
            }
        });
        networks.addAll(service.networks());
        Map<String, String> labels = new LinkedHashMap<>();
        service.labels().forEach((k, v) -> labels.put(k, v.value()));
        Map<String, String> dependsOn = new LinkedHashMap<>();
        for (String dep : dependencies(service)) {
            Service target = env.services().get(dep);
            if (target != null && target.external().isPresent()) {
                continue;
            }
            if (target != null && connections.instance(target).flatMap(CatalogInstance::init).isPresent()) {
                dependsOn.put(dep + INIT, "service_completed_successfully");
            }
            dependsOn.put(dep, condition(target));
        }
        if (s3StandIn.isPresent() && service.builtImage().isPresent()) {
            dependsOn.put(S3 + INIT, "service_completed_successfully");
        }
        etcdSeed.filter(seed -> seed.components().contains(service.id()))
                .ifPresent(seed -> dependsOn.put(seed.serviceName(), "service_completed_successfully"));
        return new UserFields(service.description().orElse(null), service.entrypoint().map(Command::execForm)
                .orElse(null), service.command().map(c -> c.execForm().stream().map(Value::text).toList()).orElse(null),
                service.workingDir().orElse(null), service.user().orElse(null), ports, expose, environment,
                service.envFiles(), labels, mounts, dependsOn, service.healthcheck().map(this::health).orElse(null),
                service.restart().orElse(null), service.resources().flatMap(r -> r.cpu()).orElse(null),
                service.resources().flatMap(r -> r.memoryMiB()).map(m -> m + "m").orElse(null),
                service.replicas().isPresent() ? service.replicas().getAsInt() : null, service.privileged(),
                service.devices(), service.capAdd(), service.extraHosts(), service.networks());
    }

    /** Declared dependencies, then services the env references ({@code {ref: db.url}} needs db up). */
    private Set<String> dependencies(Service service) {
        Set<String> deps = new LinkedHashSet<>();
        service.dependsOn().forEach(d -> deps.add(d.value()));
        service.env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Ref ref) {
                deps.add(ref.service());
            }
        });
        return deps;
    }

    private Value value(EnvValue value) {
        if (value instanceof EnvValue.Literal literal) {
            return Value.text(literal.value());
        }
        if (value instanceof EnvValue.Secret secret) {
            variables.putIfAbsent(secret.name(), secretDescription(secret.name()));
            return Value.variable(secret.name());
        }
        EnvValue.Ref ref = (EnvValue.Ref) value;
        Value resolved = connections.resolve(ref);
        Map<String, String> catalogVariables = connections.instance(env.services().get(ref.service()))
                .map(CatalogInstance::secretVariables).orElse(Map.of());
        resolved.variables().forEach(name -> variables.putIfAbsent(name, project.secrets().containsKey(name)
                ? secretDescription(name) : catalogVariables.getOrDefault(name, secretDescription(name))));
        return resolved;
    }

    private String secretDescription(String name) {
        return project.secrets().getOrDefault(name, Optional.empty()).orElse("secret " + name);
    }

    /** Wait for a dependency to be healthy when it can say so, else for it to start. */
    private String condition(Service target) {
        if (target == null) {
            return "service_started";
        }
        boolean healthy = target.healthcheck().map(h -> !h.disabled()).orElse(false)
                || connections.instance(target).flatMap(CatalogInstance::healthcheck).isPresent()
                || target.builtImage().map(project.images()::get).flatMap(Image::healthcheck).isPresent();
        return healthy ? "service_healthy" : "service_started";
    }

    private ComposeService.Health health(HealthCheck check) {
        if (check == null) {
            return null;
        }
        List<String> test = check.test().map(c -> c.shell() ? List.of("CMD-SHELL", c.args().get(0))
                : prefixed(c.args())).orElse(null);
        return new ComposeService.Health(test, check.interval().orElse(null), check.timeout().orElse(null),
                check.retries().isPresent() ? check.retries().getAsInt() : null, check.startPeriod().orElse(null),
                check.disabled());
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

    private String defaultRestart() {
        return deploysPrebuiltImages() ? "unless-stopped" : null;
    }
}
