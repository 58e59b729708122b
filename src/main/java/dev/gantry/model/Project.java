package dev.gantry.model;

import dev.gantry.model.pipelines.PipelineSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The whole resolved project: its images, secrets and environments, and the project-wide settings. */
public record Project(Path file, String name, Optional<String> description, Optional<String> registry,
        Optional<String> sourceFolder, Optional<String> templates, Map<String, Image> images,
        Optional<Storage> storage, Map<String, Optional<String>> secrets, Map<String, Service> declaredServices,
        Map<String, Environment> environments, ProjectSettings settings) {

    public Optional<PipelineSettings> pipelines() {
        return settings.pipelines();
    }

    /** The declared services first, then each environment's: what lint rules check. */
    public List<ServiceSet> serviceSets() {
        List<ServiceSet> sets = new ArrayList<>();
        sets.add(new ServiceSet("the project", declaredServices));
        environments.values().forEach(env -> sets.add(new ServiceSet("environment `" + env.id() + "`", env.services())));
        return sets;
    }

    /** {@code <registry>/<project>}, the repository built images are tagged in. */
    public String repository() {
        return registry.map(r -> r + "/" + name).orElse(name);
    }

    /** The working directory image {@code imageId} ends with: its own, its last stage's, or its parent's. */
    public Optional<String> workdir(String imageId) {
        for (Image image = images.get(imageId); image != null; image = image.parent().map(images::get).orElse(null)) {
            if (image.config().workdir().isPresent()) {
                return image.config().workdir();
            }
            for (int i = image.stages().size() - 1; i >= 0; i--) {
                if (image.stages().get(i).workdir().isPresent()) {
                    return image.stages().get(i).workdir();
                }
            }
        }
        return Optional.empty();
    }

    /**
     * What image {@code imageId} may start from: its own {@code from}, then, once each, every other one
     * an environment gives it ({@code environments.<env>.images.<image>.from}).
     */
    public List<Located<ImageSource>> fromChoices(String imageId) {
        List<Located<ImageSource>> out = new ArrayList<>(List.of(images.get(imageId).from()));
        for (Environment env : environments.values()) {
            Optional<Located<ImageSource>> other = Optional.ofNullable(env.images().get(imageId))
                    .flatMap(ImageBuild::from);
            if (other.isPresent() && out.stream().noneMatch(c -> c.value().equals(other.get().value()))) {
                out.add(other.get());
            }
        }
        return out;
    }

    /** The images of this file that {@code imageId} may start from, in {@link #fromChoices} order. */
    public List<String> parents(String imageId) {
        return fromChoices(imageId).stream().map(Located::value).filter(ImageSource.Built.class::isInstance)
                .map(s -> ((ImageSource.Built) s).image()).filter(images::containsKey).toList();
    }

    /** The build secrets the stages of image {@code imageId} mount ({@code RUN --mount=type=secret}), each once. */
    public List<String> buildSecrets(String imageId) {
        List<String> out = new ArrayList<>();
        images.get(imageId).stages().forEach(stage -> stage.run().forEach(run -> run.mounts().forEach(m -> {
            if (m instanceof Run.Secret secret && !out.contains(secret.id())) {
                out.add(secret.id());
            }
        })));
        return out;
    }

    /** The health check image {@code imageId} ends with: its own, or the one it inherits from its parent. */
    public Optional<HealthCheck> healthcheck(String imageId) {
        Image image = images.get(imageId);
        return image.healthcheck().or(() -> image.parent().flatMap(this::healthcheck));
    }

    /** The file name of environment.yaml, as generated files mention it. */
    public String sourceName() {
        return file.getFileName().toString();
    }
}
