package dev.gantry.model;

import dev.gantry.load.SourceFile;
import dev.gantry.load.YMap;
import java.util.Map;
import java.util.Optional;

/**
 * The whole resolved project: what every target plans its artifacts from. Project-wide target
 * settings (the top-level {@code pipelines:} block) stay as YAML, like an environment's, so each
 * target binds its own typed settings with positions for diagnostics.
 */
public record Project(SourceFile source, String name, Optional<String> registry, Optional<String> sourceFolder,
        Optional<String> templates, Optional<Located<String>> requires, Map<String, Image> images,
        Optional<Storage> storage, Map<String, Optional<String>> secrets, Map<String, Service> declaredServices,
        Map<String, Environment> environments, Map<String, YMap> targetSettings) {

    /** The top-level settings block of a project-wide target, when environment.yaml has one. */
    public Optional<YMap> settings(String target) {
        return Optional.ofNullable(targetSettings.get(target));
    }

    /** The declared services first, then each environment's: what lint rules check. */
    public java.util.List<ServiceSet> serviceSets() {
        java.util.List<ServiceSet> sets = new java.util.ArrayList<>();
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
            if (image.workdir().isPresent()) {
                return image.workdir();
            }
            for (int i = image.stages().size() - 1; i >= 0; i--) {
                if (image.stages().get(i).workdir().isPresent()) {
                    return image.stages().get(i).workdir();
                }
            }
        }
        return Optional.empty();
    }

    /** The file name of environment.yaml, as generated files mention it. */
    public String sourceName() {
        return source.path().getFileName().toString();
    }
}
