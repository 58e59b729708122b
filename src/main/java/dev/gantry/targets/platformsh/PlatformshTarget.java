package dev.gantry.targets.platformsh;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.platform.Application;
import dev.gantry.plan.platform.Platform;
import dev.gantry.plan.platform.PlatformPlan;
import dev.gantry.render.Doc;
import dev.gantry.render.Quote;
import dev.gantry.render.RawMerge;
import dev.gantry.render.YamlWriter;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Platform.sh configuration: {@code .platform.app.yaml} (or {@code .platform/applications.yaml} for
 * several applications), {@code .platform/services.yaml}, {@code .platform/routes.yaml}, the VCL of a
 * Varnish service, and the {@code .environment} script in the application's root, from the plan of
 * the one environment that lists this target.
 */
public final class PlatformshTarget implements Target {

    public static final String NAME = "platformsh";
    static final String FOLDER = ".platform";
    static final YamlWriter YAML = new YamlWriter(new Quote()::yaml, value -> {
        throw new IllegalArgumentException("Platform.sh files interpolate no variables: " + value);
    });

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<ArtifactSummary> summary() {
        return Optional.of(new DatabaseTypes());
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        return plansOf(plan, scope, Platform.PLATFORMSH)
                .flatMap(p -> plans(plan.project(), p.env(), p.config(), diagnostics).stream()).toList();
    }

    /** An environment in scope and its plan for one of the two platforms. */
    record Planned(Environment env, PlatformPlan config) {
    }

    /** The plan of the environment in scope rendered for {@code platform}, if any. */
    static Stream<Planned> plansOf(ProjectPlan plan, Scope scope, Platform platform) {
        return scope.using(plan, platform.target()).stream().flatMap(env -> env.platform().stream()
                .filter(p -> p.platform() == platform).map(p -> new Planned(env.env(), p)));
    }

    private static List<ArtifactPlan> plans(Project project, Environment env, PlatformPlan config,
            Diagnostics diagnostics) {
        String context = "environment " + config.environment();
        List<ArtifactPlan> plans = new ArrayList<>();
        PlatformDocuments documents = new PlatformDocuments(Platform.PLATFORMSH);
        PlatformRaw raw = new PlatformRaw(env, Platform.PLATFORMSH, diagnostics);
        raw.checkApplications(config.apps());
        boolean single = config.apps().size() == 1 && !config.applicationsFile();
        RawMerge.Result appRaw = new RawMerge.Result();
        List<Doc.Mapping> apps = new ArrayList<>();
        for (Application app : config.apps()) {
            Doc.Mapping doc = documents.application(app);
            raw.application(doc, app, single ? List.of() : List.of("[" + app.name() + "]"), appRaw);
            apps.add(doc);
        }
        String appBody = single ? YAML.write(apps.get(0)) : YAML.write(new Doc.Sequence(List.copyOf(apps), true));
        String appPath = single ? ".platform.app.yaml" : FOLDER + "/applications.yaml";
        plans.add(written(appPath, "platformsh/app.yaml.ftl", data(project, config, appBody), context, appRaw,
                diagnostics));
        Doc.Mapping services = documents.services(config.services());
        RawMerge.Result servicesRaw = new RawMerge.Result();
        raw.services(services, List.of(), servicesRaw);
        plans.add(written(DatabaseTypes.SERVICES, "platformsh/services.yaml.ftl",
                data(project, config, services.isEmpty() ? "{}\n" : YAML.write(services)), context, servicesRaw,
                diagnostics));
        Doc.Mapping routes = RouteDocuments.routes(config.routes());
        RawMerge.Result routesRaw = new RawMerge.Result();
        raw.routes(routes, List.of(), routesRaw);
        plans.add(written(FOLDER + "/routes.yaml", "platformsh/routes.yaml.ftl",
                data(project, config, YAML.write(routes)), context, routesRaw, diagnostics));
        plans.addAll(sideFiles(project, config, FOLDER));
        return plans;
    }

    /** The plan of a configuration file, with the raw keys merged into it; a value they replaced is a warning. */
    static ArtifactPlan written(String path, String template, Map<String, Object> data, String context,
            RawMerge.Result raw, Diagnostics diagnostics) {
        raw.warn(diagnostics::report, path);
        return new ArtifactPlan(path, template, data, ArtifactFormat.YAML, context, RawContent.keys(raw.keys()));
    }

    /**
     * What Platform.sh and Upsun read beside their configuration: the {@code .environment} scripts in
     * the applications' roots, and the VCL files of Varnish services in {@code folder}.
     */
    static List<ArtifactPlan> sideFiles(Project project, PlatformPlan config, String folder) {
        String context = "environment " + config.environment();
        List<ArtifactPlan> plans = new ArrayList<>();
        config.scripts().forEach(script -> plans.add(new ArtifactPlan(script.path(), "platformsh/environment.sh.ftl",
                Map.of("project", project, "config", config, "script", script, "sh", new ShellSyntax()),
                ArtifactFormat.TEXT, context)));
        for (PlatformPlan.Vcl vcl : config.vcls()) {
            String path = folder + "/" + vcl.file();
            String what = "service " + vcl.service() + " of " + context;
            plans.add(vcl.copiedFrom().isEmpty()
                    ? new ArtifactPlan(path, "catalog/varnish.vcl.ftl", Map.of("project", project, "environment",
                            config.environment(), "service", vcl.service(), "backendHost", vcl.backend(),
                            "backendPort", 0, "platformsh", true), ArtifactFormat.TEXT, what)
                    : new ArtifactPlan(path, "platformsh/copied.vcl.ftl", Map.of("project", project, "copiedFrom",
                            vcl.copiedFrom().get(), "text", vcl.text()), ArtifactFormat.TEXT, what));
        }
        return plans;
    }

    private static Map<String, Object> data(Project project, PlatformPlan config, String body) {
        return Map.of("project", project, "config", config, "body", body);
    }
}
