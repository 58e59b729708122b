package dev.gantry.pipeline;

import dev.gantry.check.SchemaChecker;
import dev.gantry.check.VersionRequirement;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
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
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.resolve.ProjectResolver;
import dev.gantry.target.Scope;
import dev.gantry.target.Target;
import dev.gantry.target.Targets;
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
        YNode root = loaded.root().orElseThrow();
        SchemaChecker checker = SchemaChecker.get();
        Profile.mark("load schema");
        YNode valid = root;
        if (!checker.check(root, diagnostics)) {
            Optional<YNode> accepted = checker.acceptedPart(root);
            if (accepted.isEmpty()) {
                return failed(diagnostics);
            }
            valid = accepted.get();
        }
        Profile.mark("validate against schema");
        Diagnostics resolving = new Diagnostics(displayName);
        Project project = ProjectResolver.resolve(source.get(), valid, resolving);
        addUnlessFallout(resolving, root, diagnostics);
        Profile.mark("resolve");
        Diagnostics linting = new Diagnostics(displayName);
        Linter.lint(project, linting);
        addUnlessFallout(linting, root, diagnostics);
        Profile.mark("lint");
        List<Target> targets = Targets.available();
        checkSelections(project, declaredEnvironments(valid), options, targets, diagnostics);
        if (diagnostics.hasErrors()) {
            return failed(diagnostics);
        }
        Scope scope = new Scope(options.environments());
        List<Target> selected = new ArrayList<>();
        for (Target target : targets) {
            if (options.targets().isEmpty() || options.targets().contains(target.name())) {
                if (target.projectWide() || !scope.using(project, target.name()).isEmpty()) {
                    selected.add(target);
                }
            }
        }
        Optional<TemplateRenderer> renderer = options.render() ? Optional.of(renderer(project)) : Optional.empty();
        TargetRunner.Produced produced = TargetRunner.run(project, scope, selected, renderer, diagnostics);
        Profile.mark("plan, render and check artifacts");
        return new Compilation(diagnostics.sorted(), Optional.of(project), List.copyOf(produced.artifacts().values()),
                produced.producers());
    }

    /**
     * Adds what a stage found to {@code diagnostics}, but for what follows from the errors already there: the
     * stage ran on what the earlier ones left of the file, so that one run reports every problem it can.
     */
    private static void addUnlessFallout(Diagnostics found, YNode root, Diagnostics diagnostics) {
        Fallout fallout = Fallout.of(root, diagnostics.sorted());
        found.sorted().stream().filter(d -> !fallout.follows(d)).forEach(diagnostics::add);
    }

    private static TemplateRenderer renderer(Project project) {
        Optional<Path> overrides = project.templates().map(t -> project.source().path().toAbsolutePath()
                .getParent().resolve(t));
        return new TemplateRenderer(overrides);
    }

    /** The environments the file declares, resolved or not. */
    private static Set<String> declaredEnvironments(YNode valid) {
        return valid instanceof YMap top && top.get("environments").orElse(null) instanceof YMap envs
                ? envs.entries().keySet() : Set.of();
    }

    /** Every target an environment lists must exist in this build; --env and --target must name real ones. */
    private static void checkSelections(Project project, Set<String> declared, Options options, List<Target> targets,
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
            if (!declared.contains(env)) {
                diagnostics.error(Code.UNKNOWN_REFERENCE, null, "--env " + env + ": no such environment",
                        Similarity.didYouMean(env, declared, "environments"));
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
