package dev.gantry.targets.dump;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.check.SchemaChecker;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.Loaded;
import dev.gantry.load.SourceFile;
import dev.gantry.load.SourceReader;
import dev.gantry.load.YamlLoader;
import dev.gantry.model.Project;
import dev.gantry.plan.Planner;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.resolve.ProjectResolver;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Renders deploy/dump-prod.sh alone, for a small project whose other targets (ecs, platformsh,
 * docker-machine) would ask for settings that do not matter here: the file is checked against the
 * schema and resolved as `generate` does, then only this target is planned.
 */
final class DumpProdScripts {

    private DumpProdScripts() {
    }

    static Path render(Path environmentYaml) throws Exception {
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        SourceFile source = SourceReader.read(environmentYaml, "environment.yaml", diagnostics).orElseThrow();
        Loaded loaded = YamlLoader.load(source, diagnostics);
        assertTrue(loaded.ok() && SchemaChecker.get().check(loaded.root().orElseThrow(), diagnostics),
                diagnostics.sorted().toString());
        Project project = ProjectResolver.resolve(source, loaded.root().orElseThrow(), diagnostics);
        List<ArtifactPlan> plans = new DumpProdTarget().plan(Planner.plan(project, diagnostics), Scope.all(),
                diagnostics);
        assertTrue(!diagnostics.hasErrors() && plans.size() == 1, diagnostics.sorted().toString());
        Artifact artifact = new TemplateRenderer(Optional.empty()).render(plans.get(0));
        Path script = environmentYaml.resolveSibling(artifact.path());
        Files.createDirectories(script.getParent());
        Files.writeString(script, artifact.content());
        return script;
    }
}
