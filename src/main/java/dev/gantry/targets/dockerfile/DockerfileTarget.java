package dev.gantry.targets.dockerfile;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.model.dockerfile.DockerfileSettings.StageFiles;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.Scope;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
                ArtifactFormat.DOCKERFILE, "the project's images"));
        boolean onDemand = project.settings().dockerfile().stageFiles() == StageFiles.ON_DEMAND;
        List<Map<String, Object>> stageRows = new ArrayList<>();
        for (ImageSection image : sections.values()) {
            List<ImageSection> before = plan.images().of(plan.images().dependencies(image.id())).stream()
                    .filter(id -> !id.equals(image.id())).map(sections::get).toList();
            for (StageSection stage : image.stages()) {
                String path = ArtifactPaths.STAGES_DIR + "/" + image.id() + "/Dockerfile.stage" + stage.index();
                List<StageSection> stages = image.stages().subList(0, stage.index() + 1);
                if (!onDemand) {
                    plans.add(new ArtifactPlan(path, "dockerfile/stage.ftl",
                            Map.of("project", project, "before", before, "image", image, "stages", stages,
                                    "df", new DockerSyntax()),
                            ArtifactFormat.DOCKERFILE, "stage " + stage.index() + " of image " + image.id()));
                }
                stageRows.add(Map.of("id", image.id() + ":" + stage.index(), "image", image.id(),
                        "tag", stage.target(), "file", path, "name", stage.name(),
                        "targets", String.join(" ", targets(before, stages))));
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
                    stage.run().stream().map(Located::value).toList()));
            from = target;
        }
        Image.ImageConfig config = image.config();
        return new ImageSection(image.id(), image.description().orElse(null), base, entries(image.args()),
                new ImageSection.Config(entries(config.env()), entries(config.labels()),
                        config.workdir().orElse(null), config.user().orElse(null), config.expose(),
                        config.entrypoint().map(c -> c.execForm()).orElse(null),
                        config.cmd().map(c -> c.execForm()).orElse(null), config.healthcheck().orElse(null)),
                stages);
    }

    private static List<ImageSection.Entry> entries(Map<String, Located<String>> values) {
        List<ImageSection.Entry> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new ImageSection.Entry(k, v.value())));
        return out;
    }
}
