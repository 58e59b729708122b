package dev.gantry.targets.kubernetes;

import dev.gantry.plan.local.LocalContainer;
import dev.gantry.render.MarkdownSyntax;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The folder's README: how to deploy it, and what the cluster must have first, which Gantry never
 * writes: the Secret with the values of the secrets (its name and keys, never a value), the registry
 * login, the TLS certificate; which Jobs run once and what the waiting pods run.
 */
final class Readme {

    private Readme() {
    }

    static ArtifactPlan of(Cluster cluster, String path, Optional<EntryPoint> entry) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project", cluster.project);
        data.put("md", new MarkdownSyntax());
        data.put("environment", cluster.env.id());
        data.put("folder", path.substring(0, path.lastIndexOf('/')));
        data.put("namespace", cluster.settings.namespace());
        data.put("secret", cluster.settings.secret());
        List<Map<String, String>> keys = new ArrayList<>();
        cluster.secretKeys.forEach((key, description) -> keys.add(Map.of("key", key, "description", description,
                "readers", String.join(", ", cluster.secretReaders.get(key)))));
        data.put("keys", keys);
        cluster.settings.imagePullSecret().ifPresent(s -> data.put("pullSecret", s));
        cluster.settings.ingress().flatMap(i -> i.tlsSecret()).ifPresent(s -> data.put("tlsSecret", s));
        cluster.settings.ingress().flatMap(i -> i.host()).ifPresent(h -> data.put("host", h));
        entry.ifPresent(e -> data.put("entry", Map.of("service", e.container().name(), "port", e.port())));
        List<Map<String, String>> images = new ArrayList<>();
        cluster.builtImages.forEach((image, name) -> images.add(Map.of("image", image, "name", name,
                "repository", cluster.project.repository())));
        data.put("images", images);
        data.put("tag", cluster.settings.tag().map(t -> t.value()).orElse(""));
        data.put("jobs", cluster.run.containers().stream().filter(cluster::runsOnce)
                .map(LocalContainer::name).toList());
        data.put("waitedJobs", List.copyOf(cluster.waitedJobs));
        data.put("networkImage", Waits.NETWORK_IMAGE);
        data.put("apiImage", Waits.API_IMAGE);
        data.put("account", Waits.ACCOUNT);
        data.put("podSecurity", cluster.settings.podSecurity().map(l -> l.value().value()).orElse(""));
        return new ArtifactPlan(path, "kubernetes/README.md.ftl", data, ArtifactFormat.TEXT,
                "the README of " + cluster.named());
    }
}
