package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.CopySpec;
import dev.gantry.model.Image;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.util.Similarity;
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
                        diagnostics.report(Problem.IMAGE_CYCLE, image.from().at(), image.id(),
                                String.join(" -> ", chain) + " -> " + current.get());
                    }
                    break;
                }
                chain.add(current.get());
                current = Optional.ofNullable(project.images().get(current.get())).flatMap(Image::parent);
            }
            for (Stage stage : image.stages()) {
                for (CopySpec copy : stage.copy()) {
                    copy.fromImage().filter(from -> !project.images().containsKey(from)).ifPresent(from ->
                            diagnostics.report(Problem.COPY_FROM_UNKNOWN_IMAGE, stage.at(), stage.name(), from,
                                    Similarity.didYouMean(from, project.images().keySet(), "images")));
                }
            }
        }
    }
}
