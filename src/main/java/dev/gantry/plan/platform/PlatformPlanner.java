package dev.gantry.plan.platform;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.SecretSource;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Works out what Platform.sh or Upsun runs for an environment that lists one of them: places every
 * service, checks the settings, then maps applications, services, routes and the {@code .environment}
 * scripts. Returns nothing when it found an error.
 */
public final class PlatformPlanner {

    static final String NETWORK_STORAGE = "network-storage:2.0";

    private final Project project;
    private final Environment env;
    private final Platform platform;
    private final PlatformshSettings settings;
    private final Problems problems;

    private PlatformPlanner(Project project, Environment env, Platform platform, Problems problems) {
        this.project = project;
        this.env = env;
        this.platform = platform;
        this.settings = env.settings().platformsh().orElseThrow();
        this.problems = problems;
    }

    /**
     * The plan of each environment rendered for Platform.sh or Upsun, by environment: the first that
     * lists each target (both read the same files for every branch, so a second one is an error), and
     * none that lists both (they are two formats of one project). Environments with errors have none.
     */
    public static Map<String, PlatformPlan> planAll(Project project, Diagnostics diagnostics) {
        Map<String, PlatformPlan> out = new LinkedHashMap<>();
        Map<Platform, Environment> rendered = new EnumMap<>(Platform.class);
        for (Environment env : project.environments().values()) {
            List<Platform> listed = Arrays.stream(Platform.values()).filter(p -> env.uses(p.target())).toList();
            if (listed.size() > 1) {
                diagnostics.error(Code.TARGET_CONFIG, env.targetAt(listed.get(1).target()), "environment `" + env.id()
                                + "` lists both `" + listed.get(0).target() + "` and `" + listed.get(1).target()
                                + "`, two formats of the same project",
                        "keep one: a project moves between them by changing this one word");
                continue;
            }
            for (Platform platform : listed) {
                Environment first = rendered.putIfAbsent(platform, env);
                if (first != null) {
                    diagnostics.error(Code.TARGET_CONFIG, env.targetAt(platform.target()), "environment `" + env.id()
                                    + "` lists target `" + platform.target() + "`, which environment `" + first.id()
                                    + "` lists already: " + platform.title() + " reads the same files for every"
                                    + " branch, so one environment only can be rendered for it",
                            "keep `" + platform.target() + "` in the targets of one environment; each branch pushed to "
                                    + platform.title() + " becomes an environment of its own from those files");
                    continue;
                }
                new PlatformPlanner(project, env, platform, new Problems(diagnostics, platform)).build()
                        .ifPresent(plan -> out.put(env.id(), plan));
            }
        }
        return out;
    }

    private Optional<PlatformPlan> build() {
        Map<String, Placement> placements = new Placements(env, settings, problems).place();
        checkSettings(placements);
        if (problems.failed()) {
            return Optional.empty();
        }
        Endpoints endpoints = new Endpoints(env.services(), placements);
        String upstream = upstream(placements);
        List<PlatformService> services = new ArrayList<>();
        List<PlatformPlan.Vcl> vcls = new ArrayList<>();
        ServiceMapper serviceMapper = new ServiceMapper(env, endpoints, problems);
        AppMapper appMapper = new AppMapper(project, env, settings, placements, endpoints, problems);
        Map<String, ScriptBuilder> scripts = new LinkedHashMap<>();
        List<Application> apps = new ArrayList<>();
        for (Service service : env.services().values()) {
            Placement placement = placements.get(service.id());
            if (placement.role() == Placement.Role.SERVICE) {
                PlatformService mapped = serviceMapper.map(service, placement.type().orElseThrow(),
                        service.id().equals(upstream));
                services.add(mapped);
                if (mapped.include().isPresent()) {
                    VarnishConfig.of(project, service, problems).ifPresent(vcls::add);
                }
            } else if (placement.role() == Placement.Role.APP) {
                AppMapper.Mapped mapped = appMapper.map(service);
                apps.add(mapped.application());
                ScriptBuilder script = scripts.computeIfAbsent(scriptPath(mapped.application()),
                        path -> new ScriptBuilder(env, placements, problems));
                mapped.relationships().forEach((id, relationships) -> script.add(env.services().get(id),
                        relationships));
            }
        }
        storage().ifPresent(services::add);
        warnUnused();
        if (problems.failed()) {
            return Optional.empty();
        }
        boolean cached = !upstream.equals(settings.app().value());
        Set<String> secrets = new TreeSet<>();
        scripts.values().forEach(s -> secrets.addAll(s.secrets()));
        return Optional.of(new PlatformPlan(platform, env.id(), env.kind().label(), settings.app().value(), apps,
                services, routes(upstream, cached), scripts.entrySet().stream()
                        .map(e -> e.getValue().script(e.getKey())).toList(), vcls, List.copyOf(secrets),
                env.storage().filter(Storage::isS3).isPresent()));
    }

    /** The `.environment` of an application, in the root of its code. */
    private static String scriptPath(Application app) {
        return app.root().map(r -> r + "/").orElse("") + ".environment";
    }

    /** The service the routes lead to: the HTTP cache in front of the main application, or the application. */
    private String upstream(Map<String, Placement> placements) {
        return env.services().values().stream()
                .filter(s -> placements.get(s.id()).role() == Placement.Role.SERVICE && s.placement().inFrontOf().isPresent())
                .map(Service::id).findFirst().orElse(settings.app().value());
    }

    private List<Route> routes(String upstream, boolean cached) {
        String host = settings.domain().orElse("{default}");
        String other = host.startsWith("www.") ? host.substring(4) : "www." + host;
        PlatformshSettings.RouteCache given = settings.cache();
        if (cached && given.enabled().orElse(false)) {
            problems.warning(env.name().at(), "the router cache of environment `" + env.id() + "` stays off: Varnish"
                    + " service `" + upstream + "` is in front of the app", "remove `platformsh.cache.enabled`");
        }
        Route.Cache cache = cached ? new Route.Cache(false, null, null, null)
                : new Route.Cache(given.enabled().orElse(true), given.defaultTtl().orElse(null),
                        given.cookies().isEmpty() ? null : given.cookies(),
                        given.headers().isEmpty() ? null : given.headers());
        String primary = "https://" + host + "/";
        return List.of(new Route(primary, "upstream", upstream + ":" + Endpoints.APP_ENDPOINT, null, true, cache),
                new Route("https://" + other + "/", "redirect", null, primary, false, null));
    }

    /** NFS storage is a network-storage service that every application mounts. */
    private Optional<PlatformService> storage() {
        if (env.storage().filter(Storage::isNfs).isEmpty()) {
            return Optional.empty();
        }
        Service taken = env.services().get(AppMapper.STORAGE_SERVICE);
        if (taken != null) {
            problems.error(Code.TARGET_CONFIG, taken.name().at(), problems.title() + " keeps the NFS storage in a service"
                            + " named `" + AppMapper.STORAGE_SERVICE + "`, and environment `" + env.id()
                            + "` has a service of that name",
                    "rename the service");
            return Optional.empty();
        }
        return Optional.of(new PlatformService(AppMapper.STORAGE_SERVICE,
                Optional.of("The files of `storage: {kind: nfs}`"), NETWORK_STORAGE,
                Optional.of(settings.storageDiskMiB()), Optional.empty(), Map.of(), Optional.empty()));
    }

    /** The main application and every application named in the settings, and what their relationships lead to. */
    private void checkSettings(Map<String, Placement> placements) {
        Located<String> main = settings.app();
        Position mainAt = settings.appNamed() ? main.at() : env.targets().stream()
                .filter(t -> t.value().equals(platform.target())).findFirst().orElseThrow().at();
        if (!env.services().containsKey(main.value())) {
            problems.error(Code.UNKNOWN_REFERENCE, mainAt, "environment `" + env.id() + "` has no service `"
                            + main.value() + "` to run as its " + problems.title() + " application",
                    settings.appNamed() ? Similarity.didYouMean(main.value(), env.services().keySet(), "services")
                            : "name the application the routes lead to with `platformsh: {app: <service>}`");
        } else {
            checkApp(main.value(), mainAt, placements);
        }
        checkCaches(main.value());
        settings.apps().forEach((name, app) -> {
            if (!env.services().containsKey(name)) {
                problems.error(Code.UNKNOWN_REFERENCE, app.at(), "`platformsh.apps` names service `" + name
                                + "`, which environment `" + env.id() + "` does not run",
                        Similarity.didYouMean(name, env.services().keySet(), "services"));
            } else {
                checkApp(name, app.at(), placements);
            }
            app.relationships().forEach((relationship, target) ->
                    checkRelationship(name, relationship, target, placements));
        });
    }

    /** Platform.sh's Varnish sits between the router and the main application, once. */
    private void checkCaches(String main) {
        List<Service> caches = env.services().values().stream().filter(s -> s.placement().inFrontOf().isPresent()).toList();
        for (int i = 0; i < caches.size(); i++) {
            Located<String> front = caches.get(i).placement().inFrontOf().orElseThrow();
            if (!front.value().equals(main)) {
                problems.error(Code.TARGET_CONFIG, front.at(), "on " + problems.title() + " an HTTP cache sits between the router"
                                + " and the application the routes lead to, `" + main + "`; `" + caches.get(i).id()
                                + "` is in front of `" + front.value() + "`",
                        "put it in front of the application in environment `" + env.id() + "`: `services: {"
                                + caches.get(i).id() + ": {in_front_of: " + main + "}}`");
            } else if (i > 0) {
                problems.error(Code.TARGET_CONFIG, front.at(), "`" + caches.get(0).id() + "` is in front of `" + main
                        + "` already: the routes lead to one HTTP cache", "keep one HTTP cache in environment `"
                        + env.id() + "`");
            }
        }
    }

    private void checkApp(String name, Position at, Map<String, Placement> placements) {
        Placement placement = placements.get(name);
        if (placement.role() == Placement.Role.SERVICE || placement.role() == Placement.Role.EXTERNAL) {
            problems.error(Code.TARGET_CONFIG, at, "service `" + name + "` cannot be a " + problems.title() + " application: only"
                            + " services built from this file's images can, which " + problems.title() + " builds from the"
                            + " repository",
                    "name a service with `image: <an image of this file>`");
        }
    }

    private void checkRelationship(String app, String relationship, Located<String> target,
            Map<String, Placement> placements) {
        String[] parts = target.value().split(":", 2);
        String what = "relationship `" + relationship + "` of application `" + app + "` leads to ";
        Placement placement = placements.get(parts[0]);
        if (placement == null) {
            problems.error(Code.UNKNOWN_REFERENCE, target.at(), what + "service `" + parts[0]
                            + "`, which environment `" + env.id() + "` does not run",
                    Similarity.didYouMean(parts[0], env.services().keySet(), "services"));
        } else if (!placement.reachable()) {
            problems.error(Code.TARGET_CONFIG, target.at(), what + "`" + parts[0] + "`, which is "
                            + (placement.role() == Placement.Role.WORKER ? "a worker" : "no " + problems.title() + " service")
                            + " in environment `" + env.id() + "`",
                    "lead it to a catalog service or an application");
        } else if (parts.length == 2) {
            List<String> endpoints = new Endpoints(env.services(), placements).all(parts[0]);
            if (!endpoints.contains(parts[1])) {
                problems.error(Code.UNKNOWN_REFERENCE, target.at(), what + "endpoint `" + parts[1] + "` of `"
                        + parts[0] + "`, which it does not have", "endpoints of `" + parts[0] + "`: "
                        + String.join(", ", endpoints));
            }
        }
    }

    /** Settings of the environment that Platform.sh has no use for. */
    private void warnUnused() {
        env.branch().ifPresent(b -> problems.warning(env.name().at(), "`branch` of environment `" + env.id()
                        + "` is not used: " + problems.title() + " builds every branch pushed to it from the same files",
                "remove it; on " + problems.title() + " each branch is an environment of its own"));
        env.secrets().forEach((name, source) -> problems.warning(source.at(), "environment `" + env.id()
                        + "` takes secret `" + name + "` from " + kind(source.value()) + ", which " + problems.title() + " does not"
                        + " read", "set it as a " + problems.title() + " variable: " + problems.cli() + " variable:create --level project --name"
                        + " env:" + name + " --sensitive true"));
    }

    private static String kind(SecretSource source) {
        if (source instanceof SecretSource.Ssm) {
            return "SSM Parameter Store";
        }
        return source instanceof SecretSource.SecretsManager ? "Secrets Manager"
                : "a variable of the deploying machine";
    }
}
