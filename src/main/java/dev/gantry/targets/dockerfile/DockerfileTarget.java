package dev.gantry.targets.dockerfile;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Run;
import dev.gantry.model.Stage;
import dev.gantry.model.dockerfile.DockerfileSettings.StageFiles;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.RawKey;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Staged Dockerfiles (seed 004): for each image and stage N, {@code .docker/<image>/Dockerfile.stage<N>}
 * holding every stage up to N (and the images it builds on), so any stage builds alone; the
 * assembled {@code Dockerfile} with every image as a named target; and the stage build script. With
 * {@code dockerfile: {stage_files: on_demand}} the stage files are not generated: the script writes
 * each from the assembled Dockerfile (the blocks of the build targets it holds) before it builds it,
 * and {@code .docker/.gitignore} keeps them out of git.
 */
public final class DockerfileTarget implements Target {

    @Override
    public String name() {
        return "dockerfile";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(ProjectPlan plan, Scope scope, Diagnostics diagnostics) {
        Project project = plan.project();
        if (project.images().isEmpty()) {
            return List.of();
        }
        checkValues(project, diagnostics);
        RawLines.check(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        Map<String, ImageSection> sections = new LinkedHashMap<>();
        for (String id : plan.images().all()) {
            sections.put(id, section(project, project.images().get(id)));
        }
        List<ArtifactPlan> plans = new ArrayList<>();
        plans.add(new ArtifactPlan("Dockerfile", "dockerfile/Dockerfile.ftl",
                withSyntax(Map.of("project", project, "images", List.copyOf(sections.values()),
                        "df", new DockerSyntax()), sections.values()),
                ArtifactFormat.DOCKERFILE, "the project's images", raw(project, List.copyOf(sections.keySet()))));
        boolean onDemand = project.settings().dockerfile().stageFiles() == StageFiles.ON_DEMAND;
        List<Map<String, Object>> stageRows = new ArrayList<>();
        for (ImageSection image : sections.values()) {
            List<ImageSection> before = plan.images().of(plan.images().dependencies(image.id())).stream()
                    .filter(id -> !id.equals(image.id())).map(sections::get).toList();
            for (StageSection stage : image.stages()) {
                String path = ArtifactPaths.STAGES_DIR + "/" + image.id() + "/Dockerfile.stage" + stage.index();
                List<ImageSection> included = new ArrayList<>(before);
                included.add(image);
                List<StageSection> stages = image.stages().subList(0, stage.index() + 1);
                List<ImageSection.Entry> fromArguments = fromArguments(included);
                if (!onDemand) {
                    plans.add(new ArtifactPlan(path, "dockerfile/stage.ftl",
                            withSyntax(Map.of("project", project, "before", before, "image", image,
                                    "stages", stages, "df", new DockerSyntax(), "fromArguments", fromArguments),
                                    included),
                            ArtifactFormat.DOCKERFILE, "stage " + stage.index() + " of image " + image.id(),
                            raw(project, included.stream().map(ImageSection::id).toList())));
                }
                stageRows.add(Map.of("id", image.id() + ":" + stage.index(), "image", image.id(),
                        "tag", stage.target(), "file", path, "flags", buildFlags(included, stage),
                        "name", stage.name(), "targets", String.join(" ", targets(before, stages)),
                        "syntax", syntax(included).orElse(""),
                        "arguments", String.join(" ", fromArguments.stream().map(ImageSection.Entry::key).toList())));
            }
        }
        plans.add(new ArtifactPlan(ArtifactPaths.STAGES_DIR + "/build-stages.sh", "dockerfile/build-stages.sh.ftl",
                Map.of("project", project, "stages", stageRows, "images", List.copyOf(sections.keySet()),
                        "stagesDir", ArtifactPaths.STAGES_DIR, "onDemand", onDemand),
                ArtifactFormat.SHELL, "the stage build script"));
        if (onDemand) {
            plans.add(new ArtifactPlan(ArtifactPaths.STAGES_DIR + "/.gitignore", "dockerfile/gitignore.ftl",
                    Map.of("project", project), ArtifactFormat.TEXT, "the stage files git ignores"));
        }
        return plans;
    }

    /** The build targets a stage file holds, in order: every stage and the final target of the images before, then the stages. */
    private static List<String> targets(List<ImageSection> before, List<StageSection> stages) {
        List<String> out = new ArrayList<>();
        for (ImageSection image : before) {
            image.stages().forEach(s -> out.add(s.target()));
            out.add(image.id());
        }
        stages.forEach(s -> out.add(s.target()));
        return out;
    }

    /** Dockerfile values are one line each: a line break would start a new instruction. */
    private static void checkValues(Project project, Diagnostics diagnostics) {
        for (Image image : project.images().values()) {
            checkSingleLine(image.args(), "build argument", diagnostics);
            checkSingleLine(image.config().env(), "environment variable", diagnostics);
            checkSingleLine(image.config().labels(), "label", diagnostics);
            for (Stage stage : image.stages()) {
                checkSingleLine(stage.env(), "environment variable", diagnostics);
            }
        }
    }

    private static void checkSingleLine(Map<String, Located<String>> values, String what, Diagnostics diagnostics) {
        values.forEach((key, value) -> {
            if (value.value().indexOf('\n') >= 0 || value.value().indexOf('\r') >= 0) {
                diagnostics.report(Problem.LINE_BREAK_IN_DOCKERFILE, value.at(), what, key);
            }
        });
    }

    private static ImageSection section(Project project, Image image) {
        List<Located<ImageSource>> choices = project.fromChoices(image.id());
        String named = reference(image.from().value());
        ImageSection.Entry fromArgument = choices.size() > 1 ? new ImageSection.Entry(image.fromArgument(), named)
                : null;
        String base = fromArgument == null ? named : "${" + image.fromArgument() + "}";
        List<StageSection> stages = new ArrayList<>();
        String from = base;
        for (Stage stage : image.stages()) {
            String target = image.id() + "-" + stage.name();
            stages.add(new StageSection(target, from, stage.index(), stage.name(), stage.description().orElse(null),
                    entries(stage.env()), stage.workdir().orElse(null), stage.user().orElse(null), stage.copy(),
                    stage.run(), values(stage.raw().beforeRun()), values(stage.raw().afterRun())));
            from = target;
        }
        Image.ImageConfig config = image.config();
        return new ImageSection(image.id(), image.description().orElse(null), base, fromArgument,
                entries(image.args()),
                new ImageSection.Config(entries(config.env()), entries(config.labels()),
                        config.workdir().orElse(null), config.user().orElse(null), config.expose(),
                        config.entrypoint().map(c -> c.execForm()).orElse(null),
                        config.cmd().map(c -> c.execForm()).orElse(null), config.healthcheck().orElse(null),
                        config.stopSignal().orElse(null), values(config.rawEnd())),
                stages, config.syntax().map(Located::value).orElse(null));
    }

    private static String reference(ImageSource source) {
        return source instanceof ImageSource.Published p ? p.reference().toString()
                : ((ImageSource.Built) source).image();
    }

    /** The Dockerfile frontend the images name (lint checks that they name one), when they name one. */
    private static Optional<String> syntax(Collection<ImageSection> images) {
        return images.stream().map(ImageSection::syntax).filter(Objects::nonNull).findFirst();
    }

    /**
     * A template's data with {@code syntax}, the Dockerfile frontend the images of the file name (lint
     * checks that they name one), when one does.
     */
    private static Map<String, Object> withSyntax(Map<String, Object> data, Collection<ImageSection> images) {
        Map<String, Object> out = new HashMap<>(data);
        syntax(images).ifPresent(s -> out.put("syntax", s));
        return out;
    }

    /** The {@code ARG X_FROM=...} lines a file needs before its first FROM. */
    private static List<ImageSection.Entry> fromArguments(List<ImageSection> images) {
        return images.stream().map(ImageSection::fromArgument).filter(Objects::nonNull).toList();
    }

    /**
     * What build-stages.sh passes when it builds a stage file: the images' {@code from} arguments at
     * their defaults (a builder such as buildah resolves a stage name only when it is given), and each
     * build secret the stages use, from the builder's variable of the same name.
     */
    private static List<String> buildFlags(List<ImageSection> images, StageSection upTo) {
        List<String> flags = new ArrayList<>();
        fromArguments(images).forEach(a -> flags.add("--build-arg=" + a.key() + "=" + a.value()));
        java.util.Set<String> secrets = new java.util.TreeSet<>();
        for (ImageSection image : images) {
            for (StageSection stage : image.stages()) {
                stage.runs().forEach(r -> r.mounts().stream().filter(m -> m instanceof Run.Secret)
                        .forEach(m -> secrets.add(((Run.Secret) m).id())));
                if (stage == upTo) {
                    break;
                }
            }
        }
        secrets.forEach(s -> flags.add(secretFlag(s)));
        return flags;
    }

    /** How docker, buildx and buildah take a build secret: from the builder's variable of the same name. */
    private static String secretFlag(String secret) {
        return "--secret=id=" + secret + ",env=" + secret;
    }

    private static List<String> values(List<Located<String>> lines) {
        return lines.stream().map(Located::value).toList();
    }

    /** Where the raw lines of the images {@code ids} stand, for messages about the file that holds them. */
    private static RawContent raw(Project project, List<String> ids) {
        List<RawKey> keys = new ArrayList<>();
        for (String id : ids) {
            Image image = project.images().get(id);
            for (Stage stage : image.stages()) {
                String target = id + "-" + stage.name();
                stage.raw().beforeRun().forEach(l -> keys.add(new RawKey(List.of(target, "before_run"), l.at())));
                stage.raw().afterRun().forEach(l -> keys.add(new RawKey(List.of(target, "after_run"), l.at())));
            }
            image.config().rawEnd().forEach(l -> keys.add(new RawKey(List.of(id, "end"), l.at())));
        }
        return RawContent.keys(keys);
    }

    private static List<ImageSection.Entry> entries(Map<String, Located<String>> values) {
        List<ImageSection.Entry> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new ImageSection.Entry(k, v.value())));
        return out;
    }
}
