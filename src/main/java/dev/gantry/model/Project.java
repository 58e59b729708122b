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
        Map<String, Environment> environments, Optional<PipelineSettings> pipelines) {

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
        Image image = images.get(imageId);
        if (image.config().workdir().isPresent()) {
            return image.config().workdir();
        }
        for (int i = image.stages().size() - 1; i >= 0; i--) {
            if (image.stages().get(i).workdir().isPresent()) {
                return image.stages().get(i).workdir();
            }
        }
        return image.parent().flatMap(this::workdir);
    }

    /** The file name of environment.yaml, as generated files mention it. */
    public String sourceName() {
        return file.getFileName().toString();
    }
}
