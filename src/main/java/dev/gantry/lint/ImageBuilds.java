package dev.gantry.lint;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Image;
import dev.gantry.model.ImageBuild;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.util.Similarity;
import java.util.Map;
import java.util.Optional;

/**
 * How images are built and named: an environment may build an image otherwise ({@code images:}) only
 * where compose builds it, since elsewhere it runs what CI built once for every environment; the
 * images of one Dockerfile name one frontend; a tag read from .env belongs to a published image that
 * has a tag to fall back to.
 */
final class ImageBuilds implements LintRule {

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        for (Environment env : project.environments().values()) {
            for (Map.Entry<String, ImageBuild> e : env.images().entrySet()) {
                ImageBuild build = e.getValue();
                if (!project.images().containsKey(e.getKey())) {
                    diagnostics.error(Code.UNKNOWN_REFERENCE, build.at(), "environment `" + env.id() + "` builds"
                                    + " image `" + e.getKey() + "`, which is not defined",
                            Similarity.didYouMean(e.getKey(), project.images().keySet(), "images"));
                } else if (!env.buildsImages()) {
                    diagnostics.error(Code.TARGET_CONFIG, build.at(), "environment `" + env.id() + "` runs the images"
                                    + " CI builds once for every environment, so it cannot build `" + e.getKey()
                                    + "` its own way", "build them on the host here (`compose: {build: true}`), or"
                                    + " give the image its own name under `images:`");
                }
            }
            for (Service service : env.services().values()) {
                tagFromEnv(service, diagnostics);
            }
        }
        Optional<Located<String>> first = Optional.empty();
        for (Image image : project.images().values()) {
            Optional<Located<String>> syntax = image.config().syntax();
            if (syntax.isPresent() && first.isPresent() && !first.get().value().equals(syntax.get().value())) {
                diagnostics.error(Code.TARGET_CONFIG, syntax.get().at(), "image `" + image.id() + "` names the"
                        + " Dockerfile frontend `" + syntax.get().value() + "`, another image `" + first.get().value()
                        + "`, and the Dockerfile that holds them all has one `# syntax=` line",
                        "name the same frontend in every image that names one");
            }
            first = first.or(() -> syntax);
        }
    }

    private static void tagFromEnv(Service service, Diagnostics diagnostics) {
        if (!(service.source().value() instanceof ServiceSource.Image image) || image.tagFromEnv().isEmpty()) {
            return;
        }
        Located<String> variable = image.tagFromEnv().get();
        if (!(image.source() instanceof ImageSource.Published published)) {
            diagnostics.error(Code.TARGET_CONFIG, variable.at(), "`" + service.id() + "` runs an image of this file,"
                    + " whose tag Gantry sets", "drop `tag_from_env`: built images are tagged by CI (IMAGE_TAG)");
        } else if (published.reference().tag().isEmpty() || published.reference().digest().isPresent()) {
            diagnostics.error(Code.TARGET_CONFIG, variable.at(), "`" + service.id() + "` reads the tag of `"
                    + published.reference() + "` from " + variable.value() + ", but the image needs a tag to fall"
                    + " back to, and no digest", "write the image with the tag to use by default, e.g. `"
                    + published.reference().repository() + ":1.2.3`");
        }
    }
}
