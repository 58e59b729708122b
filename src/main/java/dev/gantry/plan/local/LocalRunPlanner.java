package dev.gantry.plan.local;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.catalog.Part;
import dev.gantry.catalog.Value;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Volume;
import dev.gantry.model.compose.ComposeSettings;
import dev.gantry.plan.local.LocalContainer.Condition;
import dev.gantry.plan.local.LocalContainer.LocalImage;
import dev.gantry.plan.local.LocalContainer.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Plans how an environment runs on one Docker host: which containers, in which order, and what each
 * gets. Variables are collected in container order; the first container that reads one says what it
 * holds.
 */
public final class LocalRunPlanner {

    private static final String INIT = "-init";
    /** The image the etcd seed runs in: the official etcd image has no shell. */
    static final String SEED_IMAGE = "debian:bookworm-20251229-slim";
    /** Where the etcd seed container finds the seed script. */
    public static final String SEED_MOUNT = "/seed/seed.sh";
    private static final String SEED_SCRIPT = "command -v etcdctl >/dev/null || { apt-get update -qq"
            + " && apt-get install -y -qq --no-install-recommends etcd-client >/dev/null; };"
            + " exec bash " + SEED_MOUNT + " --endpoints \"$1\"";

    private final Project project;
    private final Environment env;
    private final String projectName;
    /**
     * Compose runs the containers (else a cluster does): in dev and test it builds the project's
     * images (and in dev mounts the source), in staging and prod it pulls the tag .env names.
     */
    private final boolean compose;
    private final boolean prebuilt;
    private final boolean mountsSource;
    private final Connections connections;
    private final Optional<CatalogInstance> s3StandIn;
    private final Optional<EtcdSeed> etcdSeed;
    private final Map<String, Optional<LocalRun.NfsVolume>> volumes = new TreeMap<>();
    private final Set<String> networks = new TreeSet<>();
    private final Map<String, String> variables = new LinkedHashMap<>();

    private LocalRunPlanner(Project project, Environment env, Connections connections, Optional<EtcdSeed> etcdSeed,
            String projectName, boolean compose) {
        this.project = project;
        this.env = env;
        this.projectName = projectName;
        this.compose = compose;
        this.prebuilt = env.kind() == EnvironmentKind.STAGING || env.kind() == EnvironmentKind.PROD;
        this.mountsSource = compose && env.kind() == EnvironmentKind.DEV
                && env.settings().compose().map(ComposeSettings::mountSource).orElse(false);
        this.connections = connections;
        this.s3StandIn = StorageStandIn.s3(env);
        this.etcdSeed = etcdSeed;
    }

    /** The local run of {@code env}, which uses the compose target. */
    public static LocalRun plan(Project project, Environment env, Connections connections,
            Optional<EtcdSeed> etcdSeed) {
        return new LocalRunPlanner(project, env, connections, etcdSeed,
                env.settings().compose().orElseThrow().projectName(), true).plan();
    }

    /**
     * The same containers as a cluster runs them, in {@code namespace}: the project's images pulled
     * (named {@code <repository>:<image>}, the tag is the cluster's to set), no source mounted, no
     * restart policy; the variables are the secrets the containers read.
     */
    public static LocalRun cluster(Project project, Environment env, Connections connections,
            Optional<EtcdSeed> etcdSeed, String namespace) {
        return new LocalRunPlanner(project, env, connections, etcdSeed, namespace, false).plan();
    }

    private LocalRun plan() {
        List<LocalContainer> containers = new ArrayList<>();
        for (Service service : env.services().values()) {
            if (!service.isExternal()) {
                containers.add(service(service));
                connections.instance(service).flatMap(CatalogInstance::init)
                        .ifPresent(init -> containers.add(init(service.id(), init)));
            }
            etcdSeed.filter(seed -> seed.etcd() == service).ifPresent(seed -> containers.add(seed(seed)));
        }
        s3StandIn.ifPresent(s3 -> {
            containers.add(catalogContainer(StorageStandIn.S3, Role.STAND_IN, s3, Optional.empty()));
            containers.add(init(StorageStandIn.S3, s3.init().orElseThrow()));
        });
        return new LocalRun(projectName, containers, volumes, List.copyOf(networks), variables);
    }

    /** Compose restarts containers only when told; a cluster restarts them itself. */
    private Optional<String> defaultRestart() {
        return compose && prebuilt ? Optional.of("unless-stopped") : Optional.empty();
    }

    private LocalContainer service(Service service) {
        Optional<CatalogInstance> instance = connections.instance(service);
        if (instance.isPresent()) {
            return catalogContainer(service.id(), Role.SERVICE, instance.get(), Optional.of(service));
        }
        return plainContainer(service);
    }

    /** A catalog service: image, env, command, health check and data volume from the catalog, the user's over them. */
    private LocalContainer catalogContainer(String name, Role role, CatalogInstance instance,
            Optional<Service> declared) {
        Map<String, Value> environment = new LinkedHashMap<>(instance.env());
        instance.secretVariables().forEach(variables::putIfAbsent);
        List<String> mounts = new ArrayList<>();
        instance.dataVolume().ifPresent(volume -> {
            volumes.put(volume, Optional.empty());
            mounts.add(volume + ":" + instance.entry().data().orElseThrow());
        });
        instance.entry().configFile().ifPresent(file -> mounts.add("./"
                + LocalFiles.configFile(env, name, file, declared) + ":" + file.mount() + ":ro"));
        Map<String, Condition> dependsOn = new LinkedHashMap<>();
        declared.flatMap(s -> s.placement().inFrontOf()).ifPresent(front ->
                dependsOn.put(front.value(), condition(env.services().get(front.value()))));
        Optional<List<Value>> command = instance.command().isEmpty() ? Optional.empty()
                : Optional.of(instance.command());
        LocalContainer base = new LocalContainer(name, role, Optional.of(instance.entry().description()),
                new LocalImage(Value.text(instance.image()), Optional.empty()), declared, Optional.of(instance),
                environment, command, mounts, dependsOn, instance.healthcheck(), defaultRestart());
        return declared.map(service -> withUser(base, service)).orElse(base);
    }

    /** A service from an image of this project or a published image. */
    private LocalContainer plainContainer(Service service) {
        Optional<Image> built = service.builtImage().map(project.images()::get);
        LocalImage image;
        if (built.isPresent()) {
            String tag = project.repository() + ":" + built.get().id();
            if (compose && !prebuilt) {
                image = new LocalImage(Value.text(tag), Optional.of(built.get().id()));
            } else if (compose) {
                variables.putIfAbsent(LocalRun.IMAGE_TAG, "tag of the images to deploy: CI pushes each image as "
                        + project.repository() + ":<image>-<tag>");
                image = new LocalImage(new Value(List.of(new Part.Text(tag + "-"),
                        new Part.Variable(LocalRun.IMAGE_TAG))), Optional.empty());
            } else {
                image = new LocalImage(Value.text(tag), Optional.empty());
            }
        } else {
            image = new LocalImage(Value.text(((ImageSource.Published) ((ServiceSource.Image) service.source().value())
                    .source()).reference().toString()), Optional.empty());
        }
        Map<String, Value> environment = new LinkedHashMap<>();
        if (built.isPresent()) {
            environment.putAll(StorageStandIn.appEnv(env, s3StandIn));
        }
        List<String> mounts = new ArrayList<>();
        if (built.isPresent() && mountsSource) {
            Optional<String> source = project.sourceFolder();
            Optional<String> workdir = project.workdir(built.get().id());
            if (source.isPresent() && workdir.isPresent()) {
                mounts.add("./" + source.get() + ":" + workdir.get());
            }
        }
        LocalContainer base = new LocalContainer(service.id(), Role.SERVICE, Optional.empty(), image,
                Optional.of(service), Optional.empty(), environment, Optional.empty(), mounts, Map.of(),
                built.flatMap(Image::healthcheck), defaultRestart());
        return withUser(base, service);
    }

    /** A one-shot container that prepares {@code service} once it is healthy. */
    private LocalContainer init(String service, CatalogInstance.InitInstance init) {
        init.env().values().forEach(v -> v.variables().forEach(name -> variables.putIfAbsent(name, name)));
        return new LocalContainer(service + INIT, Role.ONE_SHOT, Optional.of("One-shot set-up of " + service),
                new LocalImage(Value.text(init.image()), Optional.empty()), Optional.empty(), Optional.empty(),
                init.env(), Optional.of(init.command()), List.of(), Map.of(service, Condition.HEALTHY),
                Optional.empty(), Optional.of("no"));
    }

    /** The one-shot container that puts the components' keys into etcd once it is healthy. */
    private LocalContainer seed(EtcdSeed seed) {
        Value endpoint = connections.instance(seed.etcd()).orElseThrow().connection("url").orElseThrow();
        Map<String, Condition> dependsOn = new LinkedHashMap<>();
        if (!seed.etcd().isExternal()) {
            dependsOn.put(seed.etcd().id(), Condition.HEALTHY);
        }
        String script = LocalFiles.etcdSeed(env, seed);
        return new LocalContainer(seed.serviceName(), Role.ONE_SHOT,
                Optional.of("One-shot: puts the components' keys into " + seed.etcd().id() + " (" + script + ")"),
                new LocalImage(Value.text(SEED_IMAGE), Optional.empty()), Optional.empty(), Optional.empty(),
                Map.of("DEBIAN_FRONTEND", Value.text("noninteractive")),
                Optional.of(List.of(Value.text("bash"), Value.text("-c"), Value.text(SEED_SCRIPT),
                        Value.text("seed"), endpoint)),
                List.of("./" + script + ":" + SEED_MOUNT + ":ro"), dependsOn, Optional.empty(), Optional.of("no"));
    }

    /** {@code base} with what the user declared on the service laid over it: scalars replace, lists and maps add up. */
    private LocalContainer withUser(LocalContainer base, Service service) {
        Map<String, Value> environment = new LinkedHashMap<>(base.environment());
        for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
            environment.put(e.getKey(), value(e.getValue().value()));
        }
        for (Located<String> secret : service.variables().secrets()) {
            environment.put(secret.value(), Value.variable(secret.value()));
            variables.putIfAbsent(secret.value(), secretDescription(secret.value()));
        }
        Set<String> mounts = new LinkedHashSet<>(base.mounts());
        for (Volume v : service.mounts().volumes()) {
            if (!v.isBindMount()) {
                volumes.put(v.source(), Optional.empty());
            }
            mounts.add(v.source() + ":" + v.target() + (v.readOnly() ? ":ro" : ""));
        }
        StorageStandIn.nfsMountPath(env).ifPresent(path -> {
            if (service.builtImage().isPresent()) {
                volumes.put(StorageStandIn.VOLUME, StorageStandIn.nfsVolume(env));
                mounts.add(StorageStandIn.VOLUME + ":" + path);
            }
        });
        networks.addAll(service.network().networks());
        Map<String, Condition> dependsOn = new LinkedHashMap<>(base.dependsOn());
        dependsOn.putAll(dependsOn(service));
        Optional<List<Value>> command = service.process().command()
                .map(c -> c.execForm().stream().map(Value::text).toList());
        return new LocalContainer(base.name(), base.role(), service.description().or(base::description),
                base.image(), base.service(), base.instance(), environment, command.or(base::command),
                List.copyOf(mounts), dependsOn, service.options().healthcheck().or(base::healthcheck),
                service.options().restart().map(r -> r.value()).or(base::restart));
    }

    /** What the service waits for: its dependencies (and their one-shot inits), the S3 stand-in, the etcd seed. */
    private Map<String, Condition> dependsOn(Service service) {
        Map<String, Condition> out = new LinkedHashMap<>();
        for (String dep : dependencies(service)) {
            Service target = env.services().get(dep);
            if (target != null && target.isExternal()) {
                continue;
            }
            if (target != null && connections.instance(target).flatMap(CatalogInstance::init).isPresent()) {
                out.put(dep + INIT, Condition.COMPLETED);
            }
            out.put(dep, condition(target));
        }
        if (s3StandIn.isPresent() && service.builtImage().isPresent()) {
            out.put(StorageStandIn.S3 + INIT, Condition.COMPLETED);
        }
        etcdSeed.filter(seed -> seed.components().contains(service.id()))
                .ifPresent(seed -> out.put(seed.serviceName(), Condition.COMPLETED));
        return out;
    }

    /** Declared dependencies, then services the env references ({@code {ref: db.url}} needs db up). */
    private static Set<String> dependencies(Service service) {
        Set<String> deps = new LinkedHashSet<>();
        service.network().dependsOn().forEach(d -> deps.add(d.value()));
        service.variables().env().values().forEach(v -> {
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
    private Condition condition(Service target) {
        if (target == null) {
            return Condition.STARTED;
        }
        boolean healthy = target.options().healthcheck().map(h -> !h.disabled()).orElse(false)
                || connections.instance(target).flatMap(CatalogInstance::healthcheck).isPresent()
                || target.builtImage().map(project.images()::get).flatMap(Image::healthcheck).isPresent();
        return healthy ? Condition.HEALTHY : Condition.STARTED;
    }
}
