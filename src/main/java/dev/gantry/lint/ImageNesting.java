package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.CopySpec;
import dev.gantry.model.Image;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.List;

/**
 * Images may build on one another, but not in a circle, whichever image an environment starts each
 * from; `copy.from` must name an image.
 */
final class ImageNesting implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Image image : project.images().values()) {
            List<String> cycle = cycle(project, image.id(), new ArrayList<>(List.of(image.id())));
            if (!cycle.isEmpty()) {
                diagnostics.error(Code.CYCLE, image.from().at(),
                        "image `" + image.id() + "` builds on itself: " + String.join(" -> ", cycle),
                        "one image of the chain must start from a published image");
            }
            for (Stage stage : image.stages()) {
                for (CopySpec copy : stage.copy()) {
                    copy.fromImage().filter(from -> !project.images().containsKey(from)).ifPresent(from ->
                            diagnostics.error(Code.UNKNOWN_REFERENCE, stage.at(),
                                    "stage `" + stage.name() + "` copies from image `" + from + "`, which is not defined",
                                    Similarity.didYouMean(from, project.images().keySet(), "images")));
                }
            }
        }
    }

    /** A path back to the first image of {@code path} through the images the last one may start from; empty if none. */
    private static List<String> cycle(Project project, String id, List<String> path) {
        for (String parent : project.parents(id)) {
            if (parent.equals(path.get(0))) {
                List<String> out = new ArrayList<>(path);
                out.add(parent);
                return out;
            }
            if (!path.contains(parent)) {
                path.add(parent);
                List<String> found = cycle(project, parent, path);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }
}
