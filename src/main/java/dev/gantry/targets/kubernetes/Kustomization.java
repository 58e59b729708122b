package dev.gantry.targets.kubernetes;

import dev.gantry.render.Doc;
import java.util.ArrayList;
import java.util.List;

/**
 * The environment's {@code kustomization.yaml}: its namespace, its files, the built images' registry
 * and tag ({@code images:}, which an overlay or {@code kustomize edit set image} changes), and the
 * ConfigMaps made from the configuration files beside it (their names get a hash of the content, so a
 * changed file rolls its pods).
 */
final class Kustomization {

    private Kustomization() {
    }

    static Doc.Mapping of(Cluster cluster, List<String> resources) {
        Doc.Mapping out = new Doc.Mapping().text("apiVersion", "kustomize.config.k8s.io/v1beta1")
                .text("kind", "Kustomization").text("namespace", cluster.settings.namespace())
                .texts("resources", resources);
        if (!cluster.builtImages.isEmpty()) {
            List<Doc> images = new ArrayList<>();
            cluster.builtImages.forEach((image, name) -> {
                Doc.Mapping entry = new Doc.Mapping().text("name", name).text("newName", cluster.project.repository());
                cluster.settings.tag().ifPresent(tag -> entry.text("newTag", image + "-" + tag.value()));
                images.add(entry.comment("the image `" + image + "` of " + cluster.project.sourceName()));
            });
            out.put("images", new Doc.Sequence(images));
        }
        if (!cluster.configMaps.isEmpty()) {
            List<Doc> generators = new ArrayList<>();
            cluster.configMaps.forEach((name, files) -> generators.add(new Doc.Mapping().text("name", name)
                    .texts("files", files.entrySet().stream().map(f -> f.getKey() + "=" + f.getValue()).toList())));
            out.put("configMapGenerator", new Doc.Sequence(generators));
        }
        return out;
    }
}
