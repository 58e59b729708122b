package dev.gantry.targets.platformsh;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.platform.Platform;
import dev.gantry.plan.platform.PlatformPlan;
import dev.gantry.render.Doc;
import dev.gantry.render.RawMerge;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Upsun, Platform.sh's successor: one {@code .upsun/config.yaml} with the applications by name, the
 * services and the routes, from the same plan as the Platform.sh files, plus the same
 * {@code .environment} scripts and VCL files. It shares this package with {@link PlatformshTarget}
 * because both write the same objects (an application, a service, a route) in one YAML dialect;
 * they differ in the files around them. What Upsun cannot carry was reported by the plan.
 */
public final class UpsunTarget implements Target {

    public static final String NAME = "upsun";
    static final String FOLDER = ".upsun";
    private static final String APPLICATIONS = "applications";
    private static final String SERVICES = "services";
    private static final String ROUTES = "routes";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        return PlatformshTarget.plansOf(plan, scope, Platform.UPSUN)
                .flatMap(p -> plans(plan.project(), p.env(), p.config(), diagnostics).stream()).toList();
    }

    private static List<ArtifactPlan> plans(Project project, Environment env, PlatformPlan config,
            Diagnostics diagnostics) {
        PlatformDocuments documents = new PlatformDocuments(Platform.UPSUN);
        PlatformRaw raw = new PlatformRaw(env, Platform.UPSUN, diagnostics);
        raw.checkApplications(config.apps());
        RawMerge.Result merged = new RawMerge.Result();
        Doc.Mapping applications = new Doc.Mapping().spaced();
        config.apps().forEach(app -> {
            Doc.Mapping doc = documents.application(app);
            raw.application(doc, app, List.of(APPLICATIONS, app.name()), merged);
            applications.put(app.name(), doc);
        });
        Doc.Mapping root = new Doc.Mapping().spaced().put(APPLICATIONS, applications);
        Doc.Mapping services = documents.services(config.services());
        raw.services(services, List.of(SERVICES), merged);
        if (!services.isEmpty()) {
            root.put(SERVICES, services);
        }
        Doc.Mapping routes = RouteDocuments.routes(config.routes());
        raw.routes(routes, List.of(ROUTES), merged);
        root.put(ROUTES, routes);
        List<ArtifactPlan> plans = new ArrayList<>();
        plans.add(PlatformshTarget.written(FOLDER + "/config.yaml", "upsun/config.yaml.ftl", Map.of("project",
                project, "config", config, "body", PlatformshTarget.YAML.write(root)),
                "environment " + config.environment(), merged, diagnostics));
        plans.addAll(PlatformshTarget.sideFiles(project, config, FOLDER));
        return plans;
    }
}
