package dev.gantry.plan.platform;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.Storage;
import dev.gantry.model.platformsh.PlatformshSettings;
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
                diagnostics.report(Problem.PLATFORM_BOTH_FORMATS, env.targetAt(listed.get(1).target()), env.id(),
                        listed.get(0).target(), listed.get(1).target());
                continue;
            }
            for (Platform platform : listed) {
                Environment first = rendered.putIfAbsent(platform, env);
                if (first != null) {
                    diagnostics.report(Problem.PLATFORM_TARGET_TWICE, env.targetAt(platform.target()), env.id(),
                            platform.target(), first.id(), platform.title());
                    continue;
                }
                new PlatformPlanner(project, env, platform, new Problems(diagnostics, platform)).build()
                        .ifPresent(plan -> out.put(env.id(), plan));
            }
        }
        shareScripts(out, rendered, diagnostics);
        return out;
    }

    /**
     * Platform.sh and Upsun read the same {@code .environment} in an app's root: when a project renders
     * both, each such file is written once (by the Platform.sh target), and must say the same for both.
     */
    private static void shareScripts(Map<String, PlatformPlan> plans, Map<Platform, Environment> rendered,
            Diagnostics diagnostics) {
        Environment platformsh = rendered.get(Platform.PLATFORMSH);
        Environment upsun = rendered.get(Platform.UPSUN);
        if (platformsh == null || upsun == null || !plans.containsKey(platformsh.id())
                || !plans.containsKey(upsun.id())) {
            return;
        }
        PlatformPlan written = plans.get(platformsh.id());
        PlatformPlan other = plans.get(upsun.id());
        List<EnvironmentScript> own = new ArrayList<>();
        for (EnvironmentScript script : other.scripts()) {
            Optional<EnvironmentScript> same = written.scripts().stream().filter(s -> s.path().equals(script.path()))
                    .findFirst();
            if (same.isEmpty()) {
                own.add(script);
            } else if (!same.get().equals(script)) {
                diagnostics.report(Problem.PLATFORM_SCRIPTS_DIFFER, upsun.targetAt(Platform.UPSUN.target()),
                        platformsh.id(), upsun.id(), script.path());
            }
        }
        plans.put(upsun.id(), new PlatformPlan(other.platform(), other.environment(), other.kind(), other.mainApp(),
                other.apps(), other.services(), other.routes(), own, other.vcls(), other.variables(), other.s3(),
                other.applicationsFile()));
    }

    private Optional<PlatformPlan> build() {
        Map<String, Placement> placements = new Placements(env, settings, problems).place();
        SettingsCheck check = new SettingsCheck(env, platform, settings, problems);
        int placed = problems.errors();
        check.check(placements);
        if (problems.errors() > placed) {
            return Optional.empty(); // the mapping below follows the applications and relationships checked here
        }
        if (platform == Platform.UPSUN) {
            new UpsunLimits(problems).report(env, settings, placements);
        }
        List<Service> users = env.services().values().stream().filter(s -> placements.get(s.id()).role()
                == Placement.Role.APP || placements.get(s.id()).role() == Placement.Role.WORKER).toList();
        NetworkStorage storage = new NetworkStorage(env, settings.storage(), users);
        Endpoints endpoints = new Endpoints(env.services(), placements);
        String upstream = upstream(placements);
        List<PlatformService> services = new ArrayList<>();
        List<PlatformPlan.Vcl> vcls = new ArrayList<>();
        ServiceMapper serviceMapper = new ServiceMapper(project, env, platform, endpoints, problems);
        AppMapper appMapper = new AppMapper(project, env, settings, placements, endpoints,
                new MountMapper(project, env, platform, storage, problems), problems);
        Map<String, ScriptBuilder> scripts = new LinkedHashMap<>();
        List<Application> apps = new ArrayList<>();
        for (Service service : env.services().values()) {
            Placement placement = placements.get(service.id());
            if (placement.role() == Placement.Role.SERVICE) {
                PlatformService mapped = serviceMapper.map(service, placement.type().orElseThrow(),
                        service.id().equals(upstream));
                services.add(mapped);
                if (mapped.configuration().include().isPresent()) {
                    VarnishConfig.of(project, service, problems).ifPresent(vcls::add);
                }
            } else if (placement.role() == Placement.Role.APP) {
                AppMapper.Mapped mapped = appMapper.map(service);
                apps.add(mapped.application());
                ScriptBuilder script = scripts.computeIfAbsent(scriptPath(mapped.application()),
                        path -> new ScriptBuilder(env, placements, problems));
                mapped.relationships().forEach((id, relationships) -> script.add(env.services().get(id),
                        relationships));
                mapped.application().settings().environment().ifPresent(text -> script.own(service.id(), text));
            }
        }
        if (platform == Platform.PLATFORMSH) {
            storage.service(problems).ifPresent(services::add);
        }
        check.warnUnused();
        List<Route> routes = new RouteMapper(env, settings.routing(), placements, problems).routes(upstream,
                !upstream.equals(settings.app().value()));
        if (problems.failed()) {
            return Optional.empty();
        }
        Set<String> secrets = new TreeSet<>();
        scripts.values().forEach(s -> secrets.addAll(s.secrets()));
        Set<String> settingVariables = new TreeSet<>();
        scripts.values().forEach(s -> settingVariables.addAll(s.settings()));
        return Optional.of(new PlatformPlan(platform, env.id(), env.kind().label(), settings.app().value(), apps,
                services, routes, scripts.entrySet().stream().flatMap(e -> e.getValue().script(e.getKey()).stream())
                        .toList(), vcls, new PlatformPlan.Variables(List.copyOf(secrets), List.copyOf(settingVariables)),
                env.storage().filter(Storage::isS3).isPresent(),
                settings.applicationsFile().map(Located::value).orElse(false)));
    }

    /** The `.environment` of an application, in the root of its code. */
    private static String scriptPath(Application app) {
        return app.root().map(r -> r + "/").orElse("") + ".environment";
    }

    /** The service the routes lead to: the HTTP cache in front of the main application, or the application. */
    private String upstream(Map<String, Placement> placements) {
        return env.services().values().stream()
                .filter(s -> placements.get(s.id()).role() == Placement.Role.SERVICE
                        && s.placement().inFrontOf().isPresent())
                .map(Service::id).findFirst().orElse(settings.app().value());
    }
}
