package dev.gantry.targets.platformsh;

import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Project;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.platform.Platform;
import dev.gantry.plan.platform.PlatformPlan;
import dev.gantry.render.Doc;
import dev.gantry.targets.ArtifactFormat;
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

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        return PlatformshTarget.plansOf(plan, scope, Platform.UPSUN).flatMap(p -> plans(plan.project(), p).stream())
                .toList();
    }

    private static List<ArtifactPlan> plans(Project project, PlatformPlan config) {
        PlatformDocuments documents = new PlatformDocuments(Platform.UPSUN);
        Doc.Mapping applications = new Doc.Mapping().spaced();
        config.apps().forEach(app -> applications.put(app.name(), documents.application(app)));
        Doc.Mapping root = new Doc.Mapping().spaced().put("applications", applications);
        Doc.Mapping services = documents.services(config.services());
        if (!services.isEmpty()) {
            root.put("services", services);
        }
        root.put("routes", RouteDocuments.routes(config.routes()));
        List<ArtifactPlan> plans = new ArrayList<>();
        plans.add(new ArtifactPlan(FOLDER + "/config.yaml", "upsun/config.yaml.ftl", Map.of("project", project,
                "config", config, "body", PlatformshTarget.YAML.write(root)), ArtifactFormat.YAML,
                "environment " + config.environment()));
        plans.addAll(PlatformshTarget.sideFiles(project, config, FOLDER));
        return plans;
    }
}
