package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
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
        String pin = "pin a version, e.g. `" + ref.repository() + ":1.2.3`, or a digest `" + ref.repository()
                + "@sha256:...`";
        if (ref.tag().isEmpty() && ref.digest().isEmpty()) {
            // A name without a tag that is close to an image of the file is most likely a misspelt reference to it.
            Optional<String> similar = Similarity.closest(ref.repository(), images);
            if (similar.isPresent()) {
                diagnostics.error(Code.UNKNOWN_REFERENCE, at.at(), "`" + ref + "` is not an image of this file:"
                                + " did you mean `" + similar.get() + "`?",
                        "if you mean a published image, " + pin + ": without a tag every build may get another one");
            } else {
                diagnostics.error(Code.UNPINNED_IMAGE, at.at(),
                        "image `" + ref + "` has no tag, so every build may get a different image", pin);
            }
        } else {
            diagnostics.error(Code.UNPINNED_IMAGE, at.at(),
                    "image `" + ref + "` uses the `latest` tag, which changes under you",
                    "pin a version, e.g. `" + ref.repository() + ":1.2.3`; add `@sha256:...` to pin it exactly");
        }
    }
}
