package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.CopySpec;
import dev.gantry.model.Image;
import dev.gantry.model.Project;
import dev.gantry.util.Similarity;
import dev.gantry.model.Stage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Images may build on one another, but not in a circle; `copy.from` must name an image. */
final class ImageNesting implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Image image : project.images().values()) {
            List<String> chain = new ArrayList<>();
            Optional<String> current = Optional.of(image.id());
            while (current.isPresent()) {
                if (chain.contains(current.get())) {
                    if (current.get().equals(image.id())) {
                        diagnostics.error(Code.CYCLE, image.from().at(),
                                "image `" + image.id() + "` builds on itself: " + String.join(" -> ", chain) + " -> "
                                        + current.get(),
                                "one image of the chain must start from a published image");
                    }
                    break;
                }
                chain.add(current.get());
                current = Optional.ofNullable(project.images().get(current.get())).flatMap(Image::parent);
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
}
