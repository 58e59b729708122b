package dev.gantry.pipeline;

import dev.gantry.check.SchemaChecker;
import dev.gantry.check.VersionRequirement;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.lint.Linter;
import dev.gantry.load.Loaded;
import dev.gantry.load.SourceFile;
import dev.gantry.load.SourceReader;
import dev.gantry.load.YamlLoader;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.plan.Planner;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.plan.platform.PlatformPlanner;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.resolve.ProjectResolver;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import dev.gantry.targets.Targets;
import dev.gantry.util.GantryVersion;
import dev.gantry.util.Profile;
import dev.gantry.util.Similarity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pipeline: load, check (version pin, schema), resolve (bind included), lint, plan, render.
 * Each stage adds to one list of diagnostics; the pipeline stops at the first stage that found an
 * error, so later stages can trust their input.
 */
public final class Compiler {

    private Compiler() {
    }

    public static Compilation compile(Path file, String displayName, Options options)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        Profile.mark("command line");
        Diagnostics diagnostics = new Diagnostics(displayName);
        Optional<SourceFile> source = SourceReader.read(file, displayName, diagnostics);
        if (source.isEmpty()) {
            return failed(diagnostics);
        }
        Profile.mark("read file");
        Loaded loaded = YamlLoader.load(source.get(), diagnostics);
        Profile.mark("parse YAML");
        if (!loaded.ok()
                || !VersionRequirement.check(loaded.root().orElseThrow(), GantryVersion.current(), diagnostics)) {
            return failed(diagnostics);
        }
        SchemaChecker checker = SchemaChecker.get();
        Profile.mark("load schema");
        if (!checker.check(loaded.root().orElseThrow(), diagnostics)) {
            return failed(diagnostics);
        }
        Profile.mark("validate against schema");
        Optional<Project> resolved = ProjectResolver.resolve(source.get(), loaded.root().orElseThrow(), diagnostics);
        if (resolved.isEmpty()) {
            return failed(diagnostics);
        }
        Project project = resolved.get();
        Profile.mark("resolve");
        Linter.lint(project, diagnostics);
        Profile.mark("lint");
        List<Target> targets = Targets.available();
        checkSelections(project, options, targets, diagnostics);
        if (diagnostics.hasErrors()) {
            if (!diagnostics.hasError(Code.CYCLE)) {
                // What Platform.sh or Upsun needs does not depend on what lint found (a cycle aside):
                // say it now rather than after the user fixed the rest.
                PlatformPlanner.planAll(project, diagnostics);
            }
            return failed(diagnostics);
        }
        ProjectPlan plan = Planner.plan(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        Profile.mark("plan");
        Scope scope = new Scope(options.environments());
        List<Target> selected = new ArrayList<>();
        for (Target target : targets) {
            if (options.targets().isEmpty() || options.targets().contains(target.name())) {
                if (target.projectWide() || !scope.using(plan, target.name()).isEmpty()) {
                    selected.add(target);
                }
            }
        }
        Optional<TemplateRenderer> renderer = options.render() ? Optional.of(renderer(project)) : Optional.empty();
        TargetRunner.Produced produced = TargetRunner.run(plan, scope, selected, renderer, diagnostics);
        Profile.mark("plan, render and check artifacts");
        return new Compilation(diagnostics.sorted(), Optional.of(plan), List.copyOf(produced.artifacts().values()),
                produced.producers());
    }

    private static TemplateRenderer renderer(Project project) {
        Optional<Path> overrides = project.templates().map(t -> project.file().toAbsolutePath()
                .getParent().resolve(t));
        return new TemplateRenderer(overrides);
    }

    /** Every target an environment lists must exist in this build; --env and --target must name real ones. */
    private static void checkSelections(Project project, Options options, List<Target> targets,
            Diagnostics diagnostics) {
        Set<String> available = targets.stream().map(Target::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (Environment env : project.environments().values()) {
            for (Located<String> t : env.targets()) {
                if (!available.contains(t.value())) {
                    diagnostics.error(Code.TARGET_UNSUPPORTED, t.at(),
                            "target `" + t.value() + "` is not available in this version of Gantry",
                            "available targets: " + String.join(", ", available));
                }
            }
        }
        for (String env : options.environments()) {
            if (!project.environments().containsKey(env)) {
                diagnostics.error(Code.UNKNOWN_REFERENCE, null, "--env " + env + ": no such environment",
                        Similarity.didYouMean(env, project.environments().keySet(), "environments"));
            }
        }
        for (String target : options.targets()) {
            if (!available.contains(target)) {
                diagnostics.error(Code.UNKNOWN_REFERENCE, null, "--target " + target + ": no such target",
                        Similarity.didYouMean(target, available, "targets"));
            }
        }
    }

    private static Compilation failed(Diagnostics diagnostics) {
        return new Compilation(diagnostics.sorted(), Optional.empty(), List.of(), Map.of());
    }
}
