package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Image;
import dev.gantry.model.ImageReference;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.util.Similarity;
import java.util.Optional;
import java.util.Set;

/** Published images must be pinned to a version or digest: `latest` and no tag are never reproducible. */
final class PinnedImages implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Set<String> images = project.images().keySet();
        for (Image image : project.images().values()) {
            if (image.from().value() instanceof ImageSource.Published published) {
                check(published.reference(), image.from(), images, diagnostics);
            }
        }
        for (Environment env : project.environments().values()) {
            for (Service service : env.services().values()) {
                if (service.source().value() instanceof ServiceSource.Image img
                        && img.source() instanceof ImageSource.Published published) {
                    check(published.reference(), service.source(), images, diagnostics);
                }
            }
        }
    }

    private static void check(ImageReference ref, Located<?> at, Set<String> images, Diagnostics diagnostics) {
        if (ref.isPinned()) {
            return;
        }
        if (ref.tag().isEmpty() && ref.digest().isEmpty()) {
            Optional<String> own = Similarity.closest(ref.repository(), images);
            if (own.isPresent()) {
                diagnostics.report(Problem.IMAGE_NAME_LIKE_OWN, at.at(), ref, own.get());
            } else {
                diagnostics.report(Problem.IMAGE_NOT_PINNED, at.at(), ref, "it has no tag", ref.repository());
            }
        } else {
            diagnostics.report(Problem.IMAGE_NOT_PINNED, at.at(), ref, "the `latest` tag changes under you",
                    ref.repository());
        }
    }
}
