package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import dev.gantry.model.Port;
import dev.gantry.model.Raw;
import dev.gantry.model.Service;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.render.Doc;
import dev.gantry.render.Quote;
import dev.gantry.render.RawMerge;
import dev.gantry.render.YamlWriter;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.targets.ArtifactPlan;
import dev.gantry.targets.RawContent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plans the files of one environment's folder. */
final class ClusterFolder {

    private static final Quote QUOTE = new Quote();
    /** Every string double-quoted: YAML 1.1 readers (kubectl's) read {@code yes} or {@code 0755} as text. */
    static final YamlWriter YAML = new YamlWriter(QUOTE::yaml, interpolated -> {
        throw new IllegalStateException("manifests write secrets as $(NAME) text, never as interpolations");
    });

    private final Cluster cluster;
    private final String folder;
    private final List<ArtifactPlan> plans = new ArrayList<>();
    private final List<String> resources = new ArrayList<>();

    ClusterFolder(Cluster cluster) {
        this.cluster = cluster;
        this.folder = ArtifactPaths.kubernetesFolder(cluster.env.id()) + "/";
    }

    List<ArtifactPlan> plan() {
        checkSettings();
        Optional<EntryPoint> entry = EntryPoint.of(cluster);
        manifest(Folder.NAMESPACE, "the namespace of " + cluster.named(), List.of(namespace()));
        List<String> containerFiles = new ArrayList<>();
        Map<String, List<Doc.Mapping>> workloads = new LinkedHashMap<>();
        Map<String, RawMerge.Result> raw = new LinkedHashMap<>();
        for (LocalContainer c : cluster.run.containers()) {
            raw.put(c.name(), new RawMerge.Result());
            workloads.put(c.name(), new Workload(cluster, c, entry, raw.get(c.name())).documents());
            configFile(c);
        }
        if (!cluster.sharedVolumes.isEmpty()) {
            List<Doc.Mapping> claims = new ArrayList<>();
            cluster.sharedVolumes.forEach((name, size) -> claims.add(Labels.object("v1", "PersistentVolumeClaim",
                    name, cluster.project.name()).put("spec", PodVolumes.Claims.spec(cluster, "ReadWriteMany", size))));
            manifest(Folder.VOLUMES, "volumes several services mount: their storage class must offer ReadWriteMany",
                    claims);
        }
        if (!cluster.waitedJobs.isEmpty()) {
            manifest(Folder.RBAC, "the account of the pods that wait for a Job, which may read those Jobs only",
                    Waits.rbac(cluster));
        }
        workloads.forEach((name, documents) -> {
            manifest(Folder.manifest(name), about(name), documents, raw.get(name));
            containerFiles.add(Folder.manifest(name));
        });
        entry.ifPresent(e -> manifest(Folder.INGRESS, "the way in from outside the cluster, to `"
                + e.container().name() + "`", List.of(e.ingress(cluster))));
        cluster.plan.etcdSeed().ifPresent(this::seedScript);
        checkImages();
        checkNetworks();
        checkRaw();
        RawMerge.Result kustomizationRaw = new RawMerge.Result();
        Doc.Mapping kustomization = Kustomization.of(cluster, resources);
        cluster.env.settings().raw().of(KubernetesTarget.NAME).ifPresent(block -> RawMerge.into(kustomization,
                block, List.of(), kustomizationRaw));
        kustomizationRaw.warn(cluster.findings::report, folder + Folder.KUSTOMIZATION);
        plans.add(new ArtifactPlan(folder + Folder.KUSTOMIZATION, "kubernetes/kustomization.yaml.ftl",
                Map.of("project", cluster.project, "environment", cluster.env.id(),
                        "body", YAML.write(kustomization)),
                ArtifactFormat.YAML, "the kustomization of " + cluster.named(), RawContent.keys(kustomizationRaw.keys())));
        plans.add(Readme.of(cluster, folder + Folder.README, entry));
        return plans;
    }

    private String about(String container) {
        LocalContainer c = cluster.container(container).orElseThrow();
        if (cluster.runsOnce(c)) {
            return "`" + container + "`, which runs once";
        }
        return switch (c.role()) {
            case ONE_SHOT, SERVICE -> "service `" + container + "`";
            case STAND_IN -> "`" + container + "`, which stands in for a cloud service";
        };
    }

    private void manifest(String file, String about, List<Doc.Mapping> documents) {
        manifest(file, about, documents, new RawMerge.Result());
    }

    /** A file of objects; {@code raw} is what the service's raw block did to them. */
    private void manifest(String file, String about, List<Doc.Mapping> documents, RawMerge.Result raw) {
        resources.add(file);
        raw.warn(cluster.findings::report, folder + file);
        plans.add(new ArtifactPlan(folder + file, "kubernetes/manifest.yaml.ftl",
                Map.of("project", cluster.project, "environment", cluster.env.id(), "about", about,
                        "documents", documents.stream().map(YAML::write).toList()),
                ArtifactFormat.YAML_STREAM, about + " in " + cluster.named(), RawContent.keys(raw.keys())));
    }

    private Doc.Mapping namespace() {
        Doc.Mapping namespace = Labels.object("v1", "Namespace", cluster.settings.namespace(), cluster.project.name());
        cluster.settings.podSecurity().ifPresent(level -> ((Doc.Mapping) ((Doc.Mapping) namespace.get("metadata"))
                .get("labels")).text("pod-security.kubernetes.io/enforce", level.value().value()));
        return namespace;
    }

    /** The configuration file of a catalog service, generated as for compose or copied from the user's. */
    private void configFile(LocalContainer c) {
        Optional<CatalogInstance> instance = c.instance();
        Optional<CatalogEntry.ConfigFile> file = instance.flatMap(i -> i.entry().configFile());
        if (file.isEmpty()) {
            return;
        }
        String path = folder + Folder.configFile(c.name(), file.get());
        String context = "the " + file.get().name() + " of `" + c.name() + "` in " + cluster.named();
        Optional<Located<String>> own = c.service().flatMap(s -> s.config().located(file.get().key()));
        if (own.isPresent()) {
            copy(own.get(), path, context);
            return;
        }
        Service backend = c.service().flatMap(s -> s.placement().inFrontOf())
                .map(f -> cluster.env.services().get(f.value())).orElse(null);
        int port = backend == null ? 80 : cluster.container(backend.id()).map(Cluster::ports)
                .flatMap(ports -> ports.stream().findFirst()).map(Port::target).orElse(80);
        plans.add(new ArtifactPlan(path, file.get().template(), Map.of("project", cluster.project,
                "environment", cluster.env.id(), "service", c.name(), "backendHost", backend == null ? "" : backend.id(),
                "backendPort", port, "cacheMiB", instance.get().setting("memory").orElse("256")),
                ArtifactFormat.TEXT, context));
    }

    /** The user's own file, copied into the folder: a kustomization reads files below itself only. */
    private void copy(Located<String> own, String path, String context) {
        Path file = cluster.project.file().toAbsolutePath().getParent().resolve(own.value());
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            plans.add(new ArtifactPlan(path, "kubernetes/copied.ftl", Map.of("project", cluster.project,
                    "copiedFrom", own.value(), "text", text), ArtifactFormat.TEXT, context));
        } catch (IOException e) {
            cluster.findings.report(Problem.K8S_COPIED_FILE_UNREADABLE, own.at(), own.value(),
                    cluster.env.id(), e.getMessage());
        }
    }

    private void seedScript(EtcdSeed seed) {
        plans.add(new ArtifactPlan(folder + Folder.seedScript(seed), "compose/etcd-seed.sh.ftl",
                Map.of("project", cluster.project, "environment", cluster.env.id(), "etcd", seed.etcd().id(),
                        "keys", seed.keys(), "components", seed.components(),
                        "authentication", seed.enablesAuthentication()),
                ArtifactFormat.SHELL, "the etcd seed of " + cluster.named()));
    }

    private void checkSettings() {
        cluster.settings.ingress().ifPresent(ingress -> {
            if (ingress.tlsSecret().isPresent() && ingress.host().isEmpty()) {
                cluster.findings.report(Problem.K8S_TLS_WITHOUT_HOST, ingress.at(), cluster.env.id());
            }
        });
        if (!cluster.env.secrets().isEmpty()) {
            cluster.findings.report(Problem.K8S_SECRET_SOURCES_UNUSED,
                    cluster.env.secrets().values().iterator().next().at(),
                    cluster.env.id(), cluster.settings.secret());
        }
    }

    /** A raw value is written as given, and kustomize would change one with U+0085, U+2028 or U+2029. */
    private void checkRaw() {
        List<Raw.Mapping> blocks = new ArrayList<>();
        cluster.env.settings().raw().of(KubernetesTarget.NAME).ifPresent(blocks::add);
        cluster.run.containers().forEach(c -> c.service().flatMap(s -> s.settings().raw().of(KubernetesTarget.NAME))
                .ifPresent(blocks::add));
        blocks.forEach(block -> Expansion.lostByKustomize(block).ifPresent(at -> cluster.findings.report(
                Problem.K8S_RAW_LINE_SEPARATOR, at)));
    }

    /**
     * A network's options tell Docker how to make it; on a cluster a network is a label its pods carry
     * and NetworkPolicies read, so the options are not carried, and a warning says what that changes.
     */
    private void checkNetworks() {
        cluster.run.networks().forEach((name, declared) -> declared.ifPresent(n -> {
            List<String> options = new ArrayList<>();
            if (n.internal()) {
                options.add("`internal` (its pods can still reach outside the cluster: a NetworkPolicy limits"
                        + " who connects to them only)");
            }
            if (n.external()) {
                options.add("`external` (only the pods of " + cluster.named() + " join it)");
            }
            n.driver().ifPresent(d -> options.add("`driver: " + d + "`"));
            if (n.attachable()) {
                options.add("`attachable`");
            }
            if (!options.isEmpty()) {
                cluster.findings.report(Problem.K8S_NETWORK_OPTIONS, n.at(), name,
                        dev.gantry.util.Phrases.and(options), cluster.env.id());
            }
        }));
    }

    /** Built images need a registry and a tag, and a name no other image of the environment has. */
    private void checkImages() {
        if (cluster.builtImages.isEmpty()) {
            return;
        }
        String images = (cluster.builtImages.size() == 1 ? "image " : "images ")
                + dev.gantry.util.Phrases.codes(cluster.builtImages.keySet());
        if (cluster.project.registry().isEmpty()) {
            cluster.findings.report(Problem.K8S_BUILT_IMAGES_WITHOUT_REGISTRY, cluster.settings.at(),
                    cluster.env.id(), images);
        }
        if (cluster.settings.tag().isEmpty()) {
            cluster.findings.report(Problem.K8S_BUILT_IMAGES_WITHOUT_TAG, cluster.settings.at(),
                    cluster.env.id(), images,
                    cluster.project.repository());
        }
        for (LocalContainer c : cluster.run.containers()) {
            String name = c.image().reference().literal().map(r -> r.replaceFirst("[:@].*$", "")).orElse("");
            if (c.service().flatMap(Service::builtImage).isEmpty() && cluster.builtImages.containsValue(name)) {
                cluster.findings.report(Problem.K8S_IMAGE_NAME_OF_BUILT_IMAGE, c.service().map(s -> s.source().at())
                        .orElse(cluster.settings.at()), c.name(), name, cluster.env.id());
            }
        }
    }
}
