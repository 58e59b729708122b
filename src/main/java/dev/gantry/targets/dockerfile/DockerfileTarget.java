package dev.gantry.targets.dockerfile;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.RawContent;
import dev.gantry.targets.RawKey;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staged Dockerfiles (seed 004): for each image and stage N, {@code .docker/<image>/Dockerfile.stage<N>}
 * holding every stage up to N (and the images it builds on), so any stage builds alone; the
 * assembled {@code Dockerfile} with every image as a named target; and the stage build script.
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
            sections.put(id, section(project.images().get(id)));
        }
        List<ArtifactPlan> plans = new ArrayList<>();
        plans.add(new ArtifactPlan("Dockerfile", "dockerfile/Dockerfile.ftl",
                Map.of("project", project, "images", List.copyOf(sections.values()), "df", new DockerSyntax()),
                ArtifactFormat.DOCKERFILE, "the project's images", raw(project, List.copyOf(sections.keySet()))));
        List<Map<String, Object>> stageRows = new ArrayList<>();
        for (ImageSection image : sections.values()) {
            List<ImageSection> before = plan.images().of(plan.images().dependencies(image.id())).stream()
                    .filter(id -> !id.equals(image.id())).map(sections::get).toList();
            for (StageSection stage : image.stages()) {
                String path = ArtifactPaths.STAGES_DIR + "/" + image.id() + "/Dockerfile.stage" + stage.index();
                List<String> holds = new ArrayList<>(before.stream().map(ImageSection::id).toList());
                holds.add(image.id());
                plans.add(new ArtifactPlan(path, "dockerfile/stage.ftl",
                        Map.of("project", project, "before", before, "image", image,
                                "stages", image.stages().subList(0, stage.index() + 1), "df", new DockerSyntax()),
                        ArtifactFormat.DOCKERFILE, "stage " + stage.index() + " of image " + image.id(),
                        raw(project, holds)));
                stageRows.add(Map.of("id", image.id() + ":" + stage.index(), "image", image.id(),
                        "tag", stage.target(), "file", path));
            }
        }
        plans.add(new ArtifactPlan(ArtifactPaths.STAGES_DIR + "/build-stages.sh", "dockerfile/build-stages.sh.ftl",
                Map.of("project", project, "stages", stageRows, "images", List.copyOf(sections.keySet()),
                        "stagesDir", ArtifactPaths.STAGES_DIR),
                ArtifactFormat.SHELL, "the stage build script"));
        return plans;
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
                diagnostics.error(Code.UNSAFE_VALUE, value.at(),
                        what + " `" + key + "` holds a line break, which a Dockerfile cannot carry in a value",
                        "put multi-line content in a file and COPY it, or set it at run time in `services.<name>.env`");
            }
        });
    }

    private static ImageSection section(Image image) {
        String base = image.from().value() instanceof ImageSource.Published p ? p.reference().toString()
                : ((ImageSource.Built) image.from().value()).image();
        List<StageSection> stages = new ArrayList<>();
        String from = base;
        for (Stage stage : image.stages()) {
            String target = image.id() + "-" + stage.name();
            stages.add(new StageSection(target, from, stage.index(), stage.name(), stage.description().orElse(null),
                    entries(stage.env()), stage.workdir().orElse(null), stage.user().orElse(null), stage.copy(),
                    values(stage.run()), values(stage.raw().beforeRun()), values(stage.raw().afterRun())));
            from = target;
        }
        Image.ImageConfig config = image.config();
        return new ImageSection(image.id(), image.description().orElse(null), base, entries(image.args()),
                new ImageSection.Config(entries(config.env()), entries(config.labels()),
                        config.workdir().orElse(null), config.user().orElse(null), config.expose(),
                        config.entrypoint().map(c -> c.execForm()).orElse(null),
                        config.cmd().map(c -> c.execForm()).orElse(null), config.healthcheck().orElse(null),
                        values(config.rawEnd())),
                stages);
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
