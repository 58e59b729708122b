package dev.gantry.targets.pipelines;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Image;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.pipelines.PipelineSettings;
import dev.gantry.model.pipelines.RegistryLogin;
import dev.gantry.plan.ProjectPlan;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * base-image.yml (seed 002, the operations pipeline): when what a base image is built from
 * changes, build its stages one by one, check it, push it with the commit SHA as its tag, and tell
 * the developers. Pull requests build and check only.
 */
final class BaseImageWorkflow {

    private BaseImageWorkflow() {
    }

    /** The images base-image.yml builds: as listed, or those built from a published image that others build on. */
    static List<String> baseImages(Project project, PipelineSettings settings, Diagnostics diagnostics) {
        if (settings.baseImages().listed().isPresent()) {
            List<String> out = new ArrayList<>();
            for (Located<String> name : settings.baseImages().listed().get()) {
                if (project.images().containsKey(name.value())) {
                    out.add(name.value());
                } else {
                    diagnostics.report(Problem.BASE_IMAGE_UNKNOWN, name.at(), name.value(),
                            Similarity.didYouMean(name.value(), project.images().keySet(), "images"));
                }
            }
            return out;
        }
        return project.images().values().stream()
                .filter(image -> image.parent().isEmpty())
                .filter(image -> project.images().values().stream()
                        .anyMatch(other -> other.parent().filter(image.id()::equals).isPresent()))
                .map(Image::id).toList();
    }

    static Optional<Map<String, Object>> data(ProjectPlan plan, PipelineSettings settings, List<String> images,
            Diagnostics diagnostics) {
        Project project = plan.project();
        if (images.isEmpty()) {
            return Optional.empty();
        }
        if (project.registry().isEmpty()) {
            diagnostics.report(Problem.BASE_IMAGES_WITHOUT_REGISTRY, settings.baseImages().at(),
                    String.join(", ", images));
            return Optional.empty();
        }
        Registry registry = Registry.of(project.registry().get());
        Optional<LoginStep> login = login(settings, registry, diagnostics);
        return login.map(step -> Map.of("project", project, "settings", settings, "images", images,
                "paths", List.copyOf(PathFilters.inputsOf(plan, images)), "login", step));
    }

    private static Optional<LoginStep> login(PipelineSettings settings, Registry registry, Diagnostics diagnostics) {
        if (settings.registryLogin().isEmpty()) {
            diagnostics.report(Problem.BASE_IMAGES_WITHOUT_LOGIN, settings.baseImages().at(), registry.host());
            return Optional.empty();
        }
        if (settings.registryLogin().get() instanceof RegistryLogin.Password secrets) {
            return Optional.of(LoginStep.password(registry.host(), secrets));
        }
        RegistryLogin.Aws aws = (RegistryLogin.Aws) settings.registryLogin().get();
        if (!registry.isEcr()) {
            diagnostics.report(Problem.ECR_ROLE_FOR_OTHER_REGISTRY, aws.role().at(), registry.host());
            return Optional.empty();
        }
        return Optional.of(LoginStep.ecr(registry.host(), aws.role().value(),
                aws.region().orElse(registry.ecrRegion().orElseThrow())));
    }
}
