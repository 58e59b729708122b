package dev.gantry.targets.editor;

import dev.gantry.check.SchemaChecker;
import dev.gantry.diag.Diagnostics;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.List;
import java.util.Map;

/**
 * {@code .gantry/environment.schema.json}: the schema of the Gantry version that generated the
 * project's files, for editors. environment.yaml points at it with
 * {@code # yaml-language-server: $schema=.gantry/environment.schema.json}.
 */
public final class EditorSchemaTarget implements Target {

    public static final String PATH = ".gantry/environment.schema.json";

    @Override
    public String name() {
        return "editor";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        return List.of(new ArtifactPlan(PATH, "editor/schema.json.ftl", Map.of("schema", SchemaChecker.schemaText()),
                ArtifactFormat.JSON, "the editor schema"));
    }
}
