package dev.gantry.lint;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
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
                    diagnostics.report(Problem.ENVIRONMENT_BUILDS_UNKNOWN_IMAGE, build.at(), env.id(), e.getKey(),
                            Similarity.didYouMean(e.getKey(), project.images().keySet(), "images"));
                } else if (!env.buildsImages()) {
                    diagnostics.report(Problem.CI_IMAGE_BUILT_OWN_WAY, build.at(), env.id(), e.getKey());
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
                diagnostics.report(Problem.DOCKERFILE_FRONTENDS_DIFFER, syntax.get().at(), image.id(),
                        syntax.get().value(), first.get().value());
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
            diagnostics.report(Problem.TAG_FROM_ENV_OF_OWN_IMAGE, variable.at(), service.id());
        } else if (published.reference().tag().isEmpty() || published.reference().digest().isPresent()) {
            diagnostics.report(Problem.TAG_FROM_ENV_WITHOUT_TAG, variable.at(), service.id(),
                    published.reference(), variable.value(), published.reference().repository());
        }
    }
}
