package dev.gantry.targets.docs;

import dev.gantry.diag.Diagnostics;
import dev.gantry.graph.MermaidWriter;
import dev.gantry.graph.Shape;
import dev.gantry.graph.Shapes;
import dev.gantry.model.Environment;
import dev.gantry.plan.EnvironmentPlan;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.render.MarkdownSyntax;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code docs/environments.md}: for each environment that lists the {@code docs} target, a picture
 * (a Mermaid diagram, which GitHub draws) and a table of its services, so that the committed
 * repository explains itself.
 */
public final class DocsTarget implements Target {

    public static final String NAME = "docs";
    static final String PATH = "docs/environments.md";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        List<EnvironmentPlan> documented = plan.using(NAME);
        if (documented.isEmpty()) {
            return List.of();
        }
        List<Map<String, Object>> environments = new ArrayList<>();
        for (EnvironmentPlan envPlan : documented) {
            Environment env = envPlan.env();
            Shape shape = Shapes.of(envPlan);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", env.id());
            row.put("description", env.description().orElse(""));
            row.put("kind", env.kind().label());
            row.put("profile", env.profile().label());
            row.put("branch", env.branch().orElse(""));
            row.put("targets", env.targets().stream().map(t -> t.value()).filter(t -> !t.equals(NAME)).toList());
            row.put("diagram", MermaidWriter.write(shape));
            row.put("services", ServiceTable.rows(shape));
            environments.add(row);
        }
        return List.of(new ArtifactPlan(PATH, "docs/environments.md.ftl",
                Map.of("project", plan.project(), "environments", environments, "md", new MarkdownSyntax()),
                ArtifactFormat.TEXT, "the environments' documentation"));
    }
}
