package dev.gantry.targets.pipelines;

import dev.gantry.model.CopySpec;
import dev.gantry.model.Image;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.targets.ArtifactPaths;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The {@code paths} filter of a workflow that must run when an image's inputs change:
 * environment.yaml, the image's stage files, and what its stages (and the images it builds on)
 * copy from the build context.
 */
final class PathFilters {

    private PathFilters() {
    }

    static Set<String> inputsOf(ProjectPlan plan, Collection<String> images) {
        Project project = plan.project();
        Set<String> paths = new LinkedHashSet<>();
        paths.add(project.sourceName());
        paths.add(ArtifactPaths.STAGES_DIR + "/build-stages.sh");
        for (String id : images) {
            for (String dependency : plan.images().dependencies(id)) {
                paths.add(ArtifactPaths.STAGES_DIR + "/" + dependency + "/**");
                Image image = project.images().get(dependency);
                for (Stage stage : image.stages()) {
                    for (CopySpec copy : stage.copy()) {
                        if (copy.fromImage().isEmpty()) {
                            copy.sources().forEach(source -> paths.addAll(patterns(source)));
                        }
                    }
                }
            }
        }
        return paths;
    }

    /**
     * A COPY source as filter patterns: the path itself and, as it may be a folder, everything
     * under it. Characters that GitHub's filters treat specially but COPY does not ({@code +},
     * {@code !}, braces; {@code $} which must not look like an expression) become {@code ?}, which
     * matches them too: a filter that matches a little more only runs the workflow once too often.
     */
    static Set<String> patterns(String source) {
        StringBuilder pattern = new StringBuilder();
        for (char c : source.toCharArray()) {
            pattern.append("+!${}".indexOf(c) >= 0 ? '?' : c);
        }
        String path = pattern.toString();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        while (path.startsWith("./")) {
            path = path.substring(2);
        }
        if (path.isEmpty() || path.equals(".")) {
            return Set.of("**");
        }
        Set<String> out = new LinkedHashSet<>();
        out.add(path);
        out.add(path + "/**");
        return out;
    }
}
