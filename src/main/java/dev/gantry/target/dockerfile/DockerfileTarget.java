package dev.gantry.target.dockerfile;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Image;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.target.ArtifactFormat;
import dev.gantry.target.ArtifactPlan;
import dev.gantry.target.Scope;
import dev.gantry.target.Target;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Staged Dockerfiles (seed 004): for each image and stage N, {@code .docker/<image>/Dockerfile.stage<N>}
 * holding every stage up to N (and the images it builds on), so any stage builds alone; the
 * assembled {@code Dockerfile} with every image as a named target; and the stage build script.
 */
public final class DockerfileTarget implements Target {

    public static final String STAGES_DIR = ".docker";

    @Override
    public String name() {
        return "dockerfile";
    }

    @Override
    public boolean projectWide() {
        return true;
    }

    @Override
    public List<ArtifactPlan> plan(Project project, Scope scope, Diagnostics diagnostics) {
        if (project.images().isEmpty()) {
            return List.of();
        }
        checkValues(project, diagnostics);
        if (diagnostics.hasErrors()) {
            return List.of();
        }
        Map<String, ImageSection> sections = new LinkedHashMap<>();
        for (String id : buildOrder(project, project.images().keySet())) {
            sections.put(id, section(project.images().get(id)));
        }
        List<ArtifactPlan> plans = new ArrayList<>();
        plans.add(new ArtifactPlan("Dockerfile", "dockerfile/Dockerfile.ftl",
                Map.of("project", project, "images", List.copyOf(sections.values()), "df", new DockerSyntax()),
                ArtifactFormat.DOCKERFILE, "the project's images"));
        List<Map<String, Object>> stageRows = new ArrayList<>();
        for (ImageSection image : sections.values()) {
            List<ImageSection> before = buildOrder(project, dependencies(project, image.id())).stream()
                    .filter(id -> !id.equals(image.id())).map(sections::get).toList();
            for (StageSection stage : image.stages()) {
                String path = STAGES_DIR + "/" + image.id() + "/Dockerfile.stage" + stage.index();
                plans.add(new ArtifactPlan(path, "dockerfile/stage.ftl",
                        Map.of("project", project, "before", before, "image", image,
                                "stages", image.stages().subList(0, stage.index() + 1), "df", new DockerSyntax()),
                        ArtifactFormat.DOCKERFILE, "stage " + stage.index() + " of image " + image.id()));
                stageRows.add(Map.of("id", image.id() + ":" + stage.index(), "image", image.id(),
                        "tag", stage.target(), "file", path));
            }
        }
        plans.add(new ArtifactPlan(STAGES_DIR + "/build-stages.sh", "dockerfile/build-stages.sh.ftl",
                Map.of("project", project, "stages", stageRows, "images", List.copyOf(sections.keySet()),
                        "stagesDir", STAGES_DIR),
                ArtifactFormat.SHELL, "the stage build script"));
        return plans;
    }

    /** Dockerfile values are one line each: a line break would start a new instruction. */
    private static void checkValues(Project project, Diagnostics diagnostics) {
        for (Image image : project.images().values()) {
            checkSingleLine(image.args(), "build argument", diagnostics);
            checkSingleLine(image.env(), "environment variable", diagnostics);
            checkSingleLine(image.labels(), "label", diagnostics);
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

    /**
     * The images {@code id} needs built first: its parents and the images it copies from,
     * transitively, and {@code id} itself, depth first (the last direct need first).
     */
    public static Set<String> dependencies(Project project, String id) {
        Set<String> out = new LinkedHashSet<>();
        List<String> work = new ArrayList<>(List.of(id));
        while (!work.isEmpty()) {
            String current = work.remove(work.size() - 1);
            if (out.add(current)) {
                work.addAll(project.images().get(current).needs());
            }
        }
        return out;
    }

    /**
     * {@code ids} ordered so that every image comes after those it needs, otherwise in file order: each
     * image of {@code ids} in file order, after what it needs (depth first, the last direct need first).
     * One walk over the images and what they need, however deep images nest.
     */
    public static List<String> buildOrder(Project project, Set<String> ids) {
        List<String> order = new ArrayList<>();
        Set<String> visited = new HashSet<>();
        Deque<Iterator<String>> path = new ArrayDeque<>();
        Deque<String> names = new ArrayDeque<>();
        for (String id : project.images().keySet()) {
            if (!ids.contains(id) || !visited.add(id)) {
                continue;
            }
            names.push(id);
            path.push(lastFirst(project.images().get(id).needs()));
            while (!path.isEmpty()) {
                Iterator<String> next = path.peek();
                if (next.hasNext()) {
                    String need = next.next();
                    if (visited.add(need)) {
                        names.push(need);
                        path.push(lastFirst(project.images().get(need).needs()));
                    }
                    continue;
                }
                path.pop();
                String done = names.pop();
                if (ids.contains(done)) {
                    order.add(done);
                }
            }
        }
        return order;
    }

    private static Iterator<String> lastFirst(List<String> list) {
        List<String> reversed = new ArrayList<>(list);
        Collections.reverse(reversed);
        return reversed.iterator();
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
        return new ImageSection(image.id(), image.description().orElse(null), base, entries(image.args()),
                entries(image.env()), entries(image.labels()), image.workdir().orElse(null),
                image.user().orElse(null), image.expose(),
                image.entrypoint().map(c -> c.execForm()).orElse(null),
                image.cmd().map(c -> c.execForm()).orElse(null), image.healthcheck().orElse(null), stages);
    }

    private static List<ImageSection.Entry> entries(Map<String, Located<String>> values) {
        List<ImageSection.Entry> out = new ArrayList<>();
        values.forEach((k, v) -> out.add(new ImageSection.Entry(k, v.value())));
        return out;
    }
}
