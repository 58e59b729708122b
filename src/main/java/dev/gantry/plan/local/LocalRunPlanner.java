package dev.gantry.plan.local;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.catalog.Part;
import dev.gantry.catalog.Value;
import dev.gantry.model.Dependency;
import dev.gantry.model.Dependency.Condition;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Environment;
import dev.gantry.model.HealthCheck;
import dev.gantry.model.EnvironmentKind;
import dev.gantry.model.Image;
import dev.gantry.model.ImageBuild;
import dev.gantry.model.ImageReference;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Network;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.Volume;
import dev.gantry.model.compose.ComposeSettings;
import dev.gantry.plan.ImageOrder;
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
    /** The variable the seed script reads etcd's root password from, to turn authentication on. */
    static final String SEED_PASSWORD = "ETCD_ROOT_PASSWORD";
    private static final String SEED_SCRIPT = "command -v etcdctl >/dev/null || { apt-get update -qq"
            + " && apt-get install -y -qq --no-install-recommends etcd-client >/dev/null; };"
            + " exec bash " + SEED_MOUNT + " --endpoints \"$1\"";

    private final Project project;
    private final ImageOrder images;
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
    private final Map<String, Optional<Network>> networks = new TreeMap<>();
    private final Map<String, LocalRun.DotEnv> variables = new LinkedHashMap<>();
    /** Services of this environment that another waits for until they complete: they run once. */
    private final Set<String> oneShots = new TreeSet<>();

    private LocalRunPlanner(Project project, ImageOrder images, Environment env, Connections connections,
            Optional<EtcdSeed> etcdSeed, String projectName, boolean compose) {
        this.project = project;
        this.images = images;
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
    public static LocalRun plan(Project project, ImageOrder images, Environment env, Connections connections,
            Optional<EtcdSeed> etcdSeed) {
        return new LocalRunPlanner(project, images, env, connections, etcdSeed,
                env.settings().compose().orElseThrow().projectName(), true).plan();
    }

    /**
     * The same containers as a cluster runs them, in {@code namespace}: the project's images pulled
     * (named {@code <repository>:<image>}, the tag is the cluster's to set), no source mounted, no
     * restart policy; the variables are the secrets the containers read.
     */
    public static LocalRun cluster(Project project, ImageOrder images, Environment env, Connections connections,
            Optional<EtcdSeed> etcdSeed, String namespace) {
        return new LocalRunPlanner(project, images, env, connections, etcdSeed, namespace, false).plan();
    }

    private LocalRun plan() {
        env.services().values().forEach(s -> s.network().dependsOn().stream()
                .filter(d -> d.condition().map(Located::value).orElse(null) == Condition.COMPLETED)
                .forEach(d -> oneShots.add(d.id())));
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
            List<String> joined = StorageStandIn.networks(env);
            containers.add(withNetworks(catalogContainer(StorageStandIn.S3, Role.STAND_IN, s3, Optional.empty()),
                    joined));
            containers.add(withNetworks(init(StorageStandIn.S3, s3.init().orElseThrow()), joined));
        });
        return new LocalRun(projectName, containers, volumes, networks, variables);
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
        instance.secretVariables().forEach((variable, description) -> variables.putIfAbsent(variable,
                LocalRun.DotEnv.required(description)));
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
                environment, command, new LocalContainer.Attachments(mounts, List.of()), dependsOn,
                instance.healthcheck(), defaultRestart());
        return declared.map(service -> withUser(base, service)).orElse(base);
    }

    /** A service from an image of this project or a published image. */
    private LocalContainer plainContainer(Service service) {
        Optional<Image> built = service.builtImage().map(project.images()::get);
        LocalImage image;
        if (built.isPresent()) {
            String tag = project.repository() + ":" + built.get().id();
            if (compose && env.buildsImages()) {
                image = localBuild(built.get(), tag);
            } else if (compose) {
                variables.putIfAbsent(LocalRun.IMAGE_TAG, LocalRun.DotEnv.required("tag of the images to deploy: CI"
                        + " pushes each image as " + project.repository() + ":<image>-<tag>"));
                image = new LocalImage(new Value(List.of(new Part.Text(tag + "-"),
                        new Part.Variable(LocalRun.IMAGE_TAG))), Optional.empty());
            } else {
                image = new LocalImage(Value.text(tag), Optional.empty());
            }
        } else {
            image = new LocalImage(published((ServiceSource.Image) service.source().value()), Optional.empty());
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
                Optional.of(service), Optional.empty(), environment, Optional.empty(),
                new LocalContainer.Attachments(mounts, List.of()), Map.of(), service.builtImage().flatMap(project::healthcheck),
                defaultRestart());
        return withUser(base, service);
    }

    /**
     * An image compose builds here: its target, and the build arguments of this environment for it and
     * every image it needs (the images they start from, where environments differ, always given). An
     * image this environment builds otherwise than the project does gets a tag of its own,
     * {@code <image>.<env>}, so two environments on one host keep their images apart.
     */
    private LocalImage localBuild(Image image, String tag) {
        Map<String, String> args = new TreeMap<>();
        boolean own = false;
        for (String id : images.dependencies(image.id())) {
            Optional<ImageBuild> build = Optional.ofNullable(env.images().get(id));
            own |= build.isPresent();
            build.ifPresent(b -> b.args().forEach((k, v) -> args.put(k, v.value())));
            if (project.fromChoices(id).size() > 1) {
                args.put(project.images().get(id).fromArgument(), reference(build.flatMap(ImageBuild::from)
                        .orElse(project.images().get(id).from()).value()));
            }
        }
        return new LocalImage(Value.text(own ? tag + "." + env.id() : tag), Optional.of(image.id()), args);
    }

    private static String reference(ImageSource source) {
        return source instanceof ImageSource.Published p ? p.reference().toString()
                : ((ImageSource.Built) source).image();
    }

    /** A published image, its tag read from .env where environment.yaml says so (its own tag the default). */
    private Value published(ServiceSource.Image source) {
        ImageReference ref = ((ImageSource.Published) source.source()).reference();
        if (source.tagFromEnv().isEmpty() || ref.tag().isEmpty()) {
            return Value.text(ref.toString());
        }
        String variable = source.tagFromEnv().get().value();
        variables.putIfAbsent(variable, new LocalRun.DotEnv("tag of " + ref.repository() + ", default `"
                + ref.tag().get() + "`", ref.tag(), true));
        return new Value(List.of(new Part.Text(ref.repository() + ":"),
                new Part.Variable(variable, ref.tag(), false, true)));
    }

    /** A one-shot container that prepares {@code service} once it is healthy, on the networks of that service. */
    private LocalContainer init(String service, CatalogInstance.InitInstance init) {
        init.env().values().forEach(v -> v.variables().forEach(name -> variables.putIfAbsent(name,
                LocalRun.DotEnv.required(name))));
        return new LocalContainer(service + INIT, Role.ONE_SHOT, Optional.of("One-shot set-up of " + service),
                new LocalImage(Value.text(init.image()), Optional.empty()), Optional.empty(), Optional.empty(),
                init.env(), Optional.of(init.command()), new LocalContainer.Attachments(List.of(), joins(service)),
                Map.of(service, Condition.HEALTHY), Optional.empty(), Optional.of("no"));
    }

    /** The one-shot container that puts the components' keys into etcd once it is healthy. */
    private LocalContainer seed(EtcdSeed seed) {
        CatalogInstance etcd = connections.instance(seed.etcd()).orElseThrow();
        Value endpoint = etcd.connection("url").orElseThrow();
        Map<String, Value> environment = new LinkedHashMap<>();
        environment.put("DEBIAN_FRONTEND", Value.text("noninteractive"));
        if (seed.enablesAuthentication()) {
            environment.put(SEED_PASSWORD, etcd.connection("password").orElseThrow());
        }
        Map<String, Condition> dependsOn = new LinkedHashMap<>();
        if (!seed.etcd().isExternal()) {
            dependsOn.put(seed.etcd().id(), Condition.HEALTHY);
        }
        String script = LocalFiles.etcdSeed(env, seed);
        return new LocalContainer(seed.serviceName(), Role.ONE_SHOT,
                Optional.of("One-shot: puts the components' keys into " + seed.etcd().id() + " (" + script + ")"),
                new LocalImage(Value.text(SEED_IMAGE), Optional.empty()), Optional.empty(), Optional.empty(),
                environment,
                Optional.of(List.of(Value.text("bash"), Value.text("-c"), Value.text(SEED_SCRIPT),
                        Value.text("seed"), endpoint)),
                new LocalContainer.Attachments(List.of("./" + script + ":" + SEED_MOUNT + ":ro"),
                        joins(seed.etcd().id())),
                dependsOn, Optional.empty(), Optional.of("no"));
    }

    /** {@code base} with what the user declared on the service laid over it: scalars replace, lists and maps add up. */
    private LocalContainer withUser(LocalContainer base, Service service) {
        Map<String, Value> environment = new LinkedHashMap<>(base.environment());
        for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
            environment.put(e.getKey(), value(e.getKey() + " of " + service.id(), e.getValue().value()));
        }
        for (Located<String> secret : service.variables().secrets()) {
            environment.put(secret.value(), Value.variable(secret.value()));
            variables.putIfAbsent(secret.value(), LocalRun.DotEnv.required(secretDescription(secret.value())));
        }
        Set<String> mounts = new LinkedHashSet<>(base.attached().mounts());
        for (Volume v : service.mounts().volumes()) {
            if (v.kind() == Volume.Kind.NAMED) {
                volumes.put(v.source(), Optional.empty());
            }
            mounts.add(v.spec());
        }
        StorageStandIn.nfsMountPath(env).ifPresent(path -> {
            if (service.builtImage().isPresent()) {
                volumes.put(StorageStandIn.VOLUME, StorageStandIn.nfsVolume(env));
                mounts.add(StorageStandIn.VOLUME + ":" + path);
            }
        });
        service.network().networks().stream().filter(n -> !n.equals(StorageStandIn.DEFAULT_NETWORK))
                .forEach(n -> networks.put(n, Optional.ofNullable(env.networks().get(n))));
        Map<String, Condition> dependsOn = new LinkedHashMap<>(base.dependsOn());
        dependsOn.putAll(dependsOn(service));
        Optional<List<Value>> command = service.process().command()
                .map(c -> c.execForm().stream().map(Value::text).toList());
        Optional<String> restart = service.options().restart().map(r -> r.value())
                .or(() -> oneShots.contains(service.id()) ? Optional.of("no") : base.restart());
        return new LocalContainer(base.name(), base.role(), service.description().or(base::description),
                base.image(), base.service(), base.instance(), environment, command.or(base::command),
                new LocalContainer.Attachments(List.copyOf(mounts), service.network().networks()), dependsOn,
                service.options().healthcheck().or(base::healthcheck), restart);
    }

    /** The networks a helper of {@code service} joins: that service's own. */
    private List<String> joins(String service) {
        Service served = env.services().get(service);
        return served == null ? List.of() : served.network().networks();
    }

    private static LocalContainer withNetworks(LocalContainer c, List<String> networks) {
        return new LocalContainer(c.name(), c.role(), c.description(), c.image(), c.service(), c.instance(),
                c.environment(), c.command(), new LocalContainer.Attachments(c.attached().mounts(), networks),
                c.dependsOn(), c.healthcheck(), c.restart());
    }

    /**
     * What the service waits for: its dependencies (and their one-shot inits), with the condition it
     * gives or the default one, the S3 stand-in, the etcd seed.
     */
    private Map<String, Condition> dependsOn(Service service) {
        Map<String, Condition> out = new LinkedHashMap<>();
        dependencies(service).forEach((dep, given) -> {
            Service target = env.services().get(dep);
            if (target != null && target.isExternal()) {
                return;
            }
            if (target != null && connections.instance(target).flatMap(CatalogInstance::init).isPresent()) {
                out.put(dep + INIT, Condition.COMPLETED);
            }
            out.put(dep, given.orElseGet(() -> condition(target)));
        });
        if (s3StandIn.isPresent() && service.builtImage().isPresent()) {
            out.put(StorageStandIn.S3 + INIT, Condition.COMPLETED);
        }
        etcdSeed.filter(seed -> seed.isWaitedForBy(service))
                .ifPresent(seed -> out.put(seed.serviceName(), Condition.COMPLETED));
        return out;
    }

    /**
     * Declared dependencies with the condition they give, then services the env references
     * ({@code {ref: db.url}} needs db up).
     */
    private static Map<String, Optional<Condition>> dependencies(Service service) {
        Map<String, Optional<Condition>> deps = new LinkedHashMap<>();
        for (Dependency d : service.network().dependsOn()) {
            deps.put(d.id(), d.condition().map(Located::value));
        }
        service.variables().env().values().forEach(v -> {
            if (v.value() instanceof EnvValue.Ref ref) {
                deps.putIfAbsent(ref.service(), Optional.empty());
            }
        });
        return deps;
    }

    /** The value of the variable {@code what} ("APP_ENV of app") as compose reads it; what it reads from .env is noted. */
    private Value value(String what, EnvValue value) {
        if (value instanceof EnvValue.Literal literal) {
            return Value.text(literal.value());
        }
        if (value instanceof EnvValue.Secret secret) {
            variables.putIfAbsent(secret.name(), LocalRun.DotEnv.required(secretDescription(secret.name())));
            return Value.variable(secret.name());
        }
        if (value instanceof EnvValue.FromEnv from) {
            variables.putIfAbsent(from.variable(), new LocalRun.DotEnv(what + ", no secret" + (from.required()
                    ? "" : "; passed only when set"), from.fallback(), from.required()));
            return new Value(List.of(new Part.Variable(from.variable(), from.fallback(), from.emptyAllowed(),
                    from.required())));
        }
        EnvValue.Ref ref = (EnvValue.Ref) value;
        Value resolved = connections.resolve(ref);
        Map<String, String> catalogVariables = connections.instance(env.services().get(ref.service()))
                .map(CatalogInstance::secretVariables).orElse(Map.of());
        resolved.variables().forEach(name -> variables.putIfAbsent(name, LocalRun.DotEnv.required(
                project.secrets().containsKey(name) ? secretDescription(name)
                        : catalogVariables.getOrDefault(name, secretDescription(name)))));
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
        Optional<HealthCheck> check = target.options().healthcheck()
                .or(() -> connections.instance(target).flatMap(CatalogInstance::healthcheck))
                .or(() -> target.builtImage().flatMap(project::healthcheck));
        return check.filter(h -> !h.disabled()).isPresent() ? Condition.HEALTHY : Condition.STARTED;
    }
}
