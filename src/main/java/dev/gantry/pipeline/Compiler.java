package dev.gantry.pipeline;

import dev.gantry.check.SchemaChecker;
import dev.gantry.check.VersionRequirement;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.lint.Linter;
import dev.gantry.load.Loaded;
import dev.gantry.load.SourceFile;
import dev.gantry.load.SourceReader;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
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
 * Each stage adds to one list of diagnostics. Errors in the YAML or the version pin stop the run.
 * Past the schema, one run reports every problem it can: resolve and lint run on the part of the file
 * the schema accepts, and resolve leaves out what it could not resolve, so that each later stage can
 * trust its input; what they find only because of an earlier error is left out ({@link Fallout}).
 * Planning and rendering run only on a file without errors.
 */
public final class Compiler {

    private Compiler() {
    }

    public static Compilation compile(Path file, String displayName, Options options)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        Diagnostics diagnostics = new Diagnostics(displayName);
        Optional<SourceFile> source = SourceReader.read(file, displayName, diagnostics);
        if (source.isEmpty()) {
            return failed(diagnostics, Optional.empty());
        }

        return compile(source.get(), diagnostics, options);
    }

    /** Compiles an environment file's text held in memory (an edit not yet written), as if read from its path. */
    public static Compilation compile(SourceFile source, Options options)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        return compile(source, new Diagnostics(source.displayName()), options);
    }

    private static Compilation compile(SourceFile source, Diagnostics diagnostics, Options options)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        Loaded loaded = YamlLoader.load(source, diagnostics);
        if (!loaded.ok()
                || !VersionRequirement.check(loaded.root().orElseThrow(), GantryVersion.current(), diagnostics)) {
            return failed(diagnostics, Optional.of(source));
        }
        YNode root = loaded.root().orElseThrow();
        SchemaChecker checker = SchemaChecker.get();
        YNode valid = root;
        if (!checker.check(root, diagnostics)) {
            Optional<YNode> accepted = checker.acceptedPart(root);
            if (accepted.isEmpty()) {
                return failed(diagnostics, Optional.of(source));
            }
            valid = accepted.get();
        }
        Diagnostics resolving = new Diagnostics(source.displayName());
        Project project = ProjectResolver.resolve(source, valid, resolving);
        addUnlessFallout(resolving, root, diagnostics);
        Diagnostics linting = new Diagnostics(source.displayName());
        Linter.lint(project, linting);
        addUnlessFallout(linting, root, diagnostics);
        List<Target> targets = Targets.available();
        checkSelections(project, declaredEnvironments(valid), options, targets, diagnostics);
        if (diagnostics.hasErrors()) {
            if (!diagnostics.hasError(Problem.DEPENDENCY_CYCLE, Problem.EXTENDS_CYCLE, Problem.IMAGE_CYCLE)) {
                // What Platform.sh or Upsun needs does not depend on what lint found (a cycle aside):
                // say it now rather than after the user fixed the rest.
                PlatformPlanner.planAll(project, diagnostics);
            }
            return failed(diagnostics, Optional.of(source));
        }
        ProjectPlan plan = Planner.plan(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics, Optional.of(source));
        }
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
        return new Compilation(diagnostics.sorted(), Optional.of(source), Optional.of(plan),
                List.copyOf(produced.artifacts().values()), produced.producers());
    }

    /**
     * Adds what a stage found to {@code diagnostics}, but for what follows from the errors already there: the
     * stage ran on what the earlier ones left of the file, so that one run reports every problem it can.
     */
    private static void addUnlessFallout(Diagnostics found, YNode root, Diagnostics diagnostics) {
        Fallout fallout = Fallout.of(root, diagnostics.sorted());
        found.sorted().stream().filter(d -> !fallout.follows(d)).forEach(diagnostics::add);
    }

    /** The environments the file declares, resolved or not. */
    private static Set<String> declaredEnvironments(YNode valid) {
        return valid instanceof YMap top && top.get("environments").orElse(null) instanceof YMap envs
                ? envs.entries().keySet() : Set.of();
    }

    private static TemplateRenderer renderer(Project project) {
        Optional<Path> overrides = project.templates().map(t -> project.file().toAbsolutePath()
                .getParent().resolve(t));
        return new TemplateRenderer(overrides);
    }

    /** Every target an environment lists must exist in this build; --env and --target must name real ones. */
    private static void checkSelections(Project project, Set<String> declared, Options options, List<Target> targets,
            Diagnostics diagnostics) {
        Set<String> available = targets.stream().map(Target::name).collect(Collectors.toCollection(java.util.TreeSet::new));
        for (Environment env : project.environments().values()) {
            for (Located<String> t : env.targets()) {
                if (!available.contains(t.value())) {
                    diagnostics.report(Problem.UNKNOWN_TARGET, t.at(), t.value(), String.join(", ", available));
                }
            }
        }
        for (String env : options.environments()) {
            if (!declared.contains(env)) {
                diagnostics.report(Problem.UNKNOWN_SELECTION, null, "env", env, "environment",
                        Similarity.didYouMean(env, declared, "environments"));
            }
        }
        for (String target : options.targets()) {
            if (!available.contains(target)) {
                diagnostics.report(Problem.UNKNOWN_SELECTION, null, "target", target, "target",
                        Similarity.didYouMean(target, available, "targets"));
            }
        }
    }

    private static Compilation failed(Diagnostics diagnostics, Optional<SourceFile> source) {
        return new Compilation(diagnostics.sorted(), source, Optional.empty(), List.of(), Map.of());
    }
}
