package dev.gantry.targets.kubernetes;

import dev.gantry.catalog.Value;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.ContainerOptions;
import dev.gantry.model.Port;
import dev.gantry.model.Resources;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.render.Doc;
import dev.gantry.render.RawMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The objects of one container of the cluster run, in its file: its workload (a Deployment; a
 * StatefulSet when it keeps data on volumes of its own; a Job when it runs once), the Service that
 * gives its ports a name, and the NetworkPolicy that lets in only the pods of its networks (and
 * anyone on the ports it publishes). The service's {@code raw.kubernetes} block is merged into its
 * container ({@link #container}); the pod, the workload and the Service are reached with patches in the
 * environment's block, which merges into the kustomization.
 */
final class Workload {

    /** A workload kind and the API group version that serves it. */
    enum Kind {
        DEPLOYMENT("apps/v1", "Deployment"), STATEFUL_SET("apps/v1", "StatefulSet"), JOB("batch/v1", "Job");

        final String apiVersion;
        final String kind;

        Kind(String apiVersion, String kind) {
            this.apiVersion = apiVersion;
            this.kind = kind;
        }
    }

    private static final Pattern ANNOTATION_KEY = Pattern.compile(
            "([a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?");

    private final Cluster cluster;
    private final LocalContainer c;
    private final Optional<Service> service;
    private final Position at;
    private final Optional<EntryPoint> entry;
    private final String project;

    private final Optional<PodRuntime> runtime;
    private final RawMerge.Result raw;

    Workload(Cluster cluster, LocalContainer c, Optional<EntryPoint> entry, RawMerge.Result raw) {
        this.cluster = cluster;
        this.c = c;
        this.service = c.service();
        this.at = service.map(s -> s.name().at()).orElse(cluster.env.name().at());
        this.entry = entry;
        this.project = cluster.project.name();
        this.runtime = service.map(s -> new PodRuntime(cluster, s, c.name()));
        this.raw = raw;
    }

    /** The documents of the container's file, in order. */
    List<Doc.Mapping> documents() {
        SecurityContexts.Refusals refusals = new SecurityContexts.Refusals();
        PodVolumes volumes = PodVolumes.of(cluster, c, at, refusals);
        Kind kind = cluster.runsOnce(c) ? Kind.JOB
                : volumes.claimsData() ? Kind.STATEFUL_SET : Kind.DEPLOYMENT;
        Doc.Mapping pod = pod(kind, volumes, refusals);
        SecurityContexts.report(cluster, c.name(), at, refusals);
        notCarried(kind);
        List<Doc.Mapping> out = new ArrayList<>();
        out.add(workload(kind, pod, volumes));
        List<Port> ports = Cluster.ports(c);
        if (kind == Kind.STATEFUL_SET || (kind == Kind.DEPLOYMENT && !ports.isEmpty())) {
            out.add(service(kind, ports));
        }
        if (kind != Kind.JOB) {
            out.add(networkPolicy(ports));
        }
        return out;
    }

    private Doc.Mapping workload(Kind kind, Doc.Mapping pod, PodVolumes volumes) {
        Doc.Mapping object = Labels.object(kind.apiVersion, kind.kind, c.name(), project);
        c.description().ifPresent(object::comment);
        Doc.Mapping spec = new Doc.Mapping();
        if (kind == Kind.STATEFUL_SET) {
            spec.text("serviceName", c.name());
        }
        if (kind != Kind.JOB) {
            service.flatMap(s -> s.options().replicas().isPresent()
                    ? Optional.of(s.options().replicas().getAsInt()) : Optional.empty())
                    .ifPresent(n -> spec.put("replicas", Doc.number(n)));
            spec.put("selector", new Doc.Mapping().put("matchLabels", Labels.selector(c.name())));
        }
        spec.put("template", pod);
        if (kind == Kind.STATEFUL_SET) {
            spec.put("volumeClaimTemplates", new Doc.Sequence(volumes.claims));
        }
        return object.put("spec", spec);
    }

    private Doc.Mapping pod(Kind kind, PodVolumes volumes, SecurityContexts.Refusals refusals) {
        Doc.Mapping metadata = new Doc.Mapping().put("labels", Labels.of(c.name(), project, Cluster.networks(c)));
        annotations().ifPresent(a -> metadata.put("annotations", a));
        Doc.Mapping spec = new Doc.Mapping();
        if (kind == Kind.JOB) {
            spec.text("restartPolicy", "OnFailure");
        }
        List<Doc> waits = Waits.of(cluster, c, at);
        if (c.dependsOn().keySet().stream().anyMatch(cluster.waitedJobs::contains)) {
            spec.text("serviceAccountName", Waits.ACCOUNT);
        }
        cluster.settings.imagePullSecret().ifPresent(secret -> spec.put("imagePullSecrets",
                new Doc.Sequence(List.of(new Doc.Mapping().text("name", secret)))));
        Doc.Mapping security = SecurityContexts.pod(cluster).orElseGet(Doc.Mapping::new);
        runtime.map(PodRuntime::sysctls).filter(l -> !l.isEmpty())
                .ifPresent(sysctls -> security.put("sysctls", new Doc.Sequence(sysctls)));
        if (!security.isEmpty()) {
            spec.put("securityContext", security);
        }
        runtime.ifPresent(r -> r.pod(spec));
        if (!waits.isEmpty()) {
            spec.put("initContainers", new Doc.Sequence(waits));
        }
        spec.put("containers", new Doc.Sequence(List.of(container(volumes, refusals))));
        if (!volumes.volumes.isEmpty()) {
            spec.put("volumes", new Doc.Sequence(volumes.volumes));
        }
        return new Doc.Mapping().put("metadata", metadata).put("spec", spec);
    }

    private Doc.Mapping container(PodVolumes volumes, SecurityContexts.Refusals refusals) {
        Doc.Mapping out = new Doc.Mapping().text("name", c.name()).text("image", image());
        service.flatMap(s -> s.process().entrypoint()).ifPresent(e -> out.texts("command",
                e.execForm().stream().map(Expansion::literal).toList()));
        List<Value> args = c.command().orElse(List.of());
        out.texts("args", args.stream().map(Expansion::of).toList());
        service.flatMap(s -> s.process().workingDir()).ifPresent(w -> out.text("workingDir", w));
        runtime.ifPresent(r -> r.container(out));
        List<Doc> env = ContainerVariables.of(cluster, c.name(), ContainerVariables.readable(cluster, c), args, at);
        if (!env.isEmpty()) {
            out.put("env", new Doc.Sequence(env));
        }
        List<Doc> ports = new ArrayList<>();
        Cluster.ports(c).forEach(p -> ports.add(new Doc.Mapping().text("name", portName(p))
                .put("containerPort", Doc.number(p.target())).text("protocol", p.protocol().name())));
        if (!ports.isEmpty()) {
            out.put("ports", new Doc.Sequence(ports));
        }
        Probes.put(out, cluster.healthCheck(c), c.name(), at, cluster.findings);
        service.flatMap(s -> s.options().resources()).flatMap(Workload::resources)
                .ifPresent(r -> out.put("resources", r));
        SecurityContexts.of(cluster, service, c.name(), at, refusals).ifPresent(s -> out.put("securityContext", s));
        if (!volumes.mounts.isEmpty()) {
            out.put("volumeMounts", new Doc.Sequence(volumes.mounts));
        }
        service.flatMap(s -> s.settings().raw().of(KubernetesTarget.NAME)).ifPresent(block -> RawMerge.into(out,
                block, List.of("spec", "template", "spec", "containers", "[" + c.name() + "]"), raw));
        return out;
    }

    /** A built image by the name kustomize replaces with the registry's and the tag; any other as it is. */
    private String image() {
        Optional<String> built = service.flatMap(Service::builtImage);
        if (built.isPresent()) {
            String name = project + "-" + built.get();
            cluster.builtImages.put(built.get(), name);
            return name;
        }
        return c.image().reference().literal().orElseGet(this::tagFromEnv);
    }

    /** A pod reads no .env: a published image whose tag compose reads from there runs its own tag. */
    private String tagFromEnv() {
        String reference = c.image().reference().write(text -> text, v -> v.fallback().orElseThrow());
        service.map(s -> s.source().value()).filter(ServiceSource.Image.class::isInstance)
                .flatMap(source -> ((ServiceSource.Image) source).tagFromEnv()).ifPresent(variable ->
                        cluster.findings.report(Problem.K8S_TAG_FROM_ENV, variable.at(), c.name(),
                                variable.value(), reference,
                                cluster.env.id(), reference.replaceFirst(":[^:/]*$", "")));
        return reference;
    }

    /** compose's limits as both request and limit: the pod gets what it may use, as on one Docker host. */
    private static Optional<Doc.Mapping> resources(Resources r) {
        Doc.Mapping amounts = new Doc.Mapping();
        r.cpu().ifPresent(cpu -> amounts.text("cpu", cpu(cpu)));
        r.memoryMiB().ifPresent(m -> amounts.text("memory", PodVolumes.mebibytes(m)));
        if (amounts.isEmpty()) {
            return Optional.empty();
        }
        Doc.Mapping limits = new Doc.Mapping();
        amounts.entries().forEach(limits::put);
        return Optional.of(new Doc.Mapping().put("requests", amounts).put("limits", limits));
    }

    /** CPUs as a quantity: whole CPUs as a number, else millicores ({@code 500m}). */
    static String cpu(double cpus) {
        long milli = Math.round(cpus * 1000);
        return milli % 1000 == 0 ? Long.toString(milli / 1000) : milli + "m";
    }

    static String portName(Port p) {
        return p.protocol().value() + "-" + p.target();
    }

    /** compose's labels hold any text, as annotations do (a label's value is restricted). */
    private Optional<Doc.Mapping> annotations() {
        if (service.isEmpty() || service.get().options().labels().isEmpty()) {
            return Optional.empty();
        }
        Doc.Mapping out = new Doc.Mapping();
        List<String> refused = new ArrayList<>();
        service.get().options().labels().forEach((key, value) -> {
            if (ANNOTATION_KEY.matcher(key).matches()) {
                out.text(key, value.value());
            } else {
                refused.add(key);
            }
        });
        if (!refused.isEmpty()) {
            cluster.findings.report(Problem.K8S_LABELS_NOT_CARRIED, at,
                    dev.gantry.util.Phrases.codes(refused), c.name());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    private Doc.Mapping service(Kind kind, List<Port> ports) {
        Doc.Mapping spec = new Doc.Mapping();
        if (kind == Kind.STATEFUL_SET) {
            spec.text("clusterIP", "None");
        }
        spec.put("selector", Labels.selector(c.name()));
        List<Doc> out = new ArrayList<>();
        ports.forEach(p -> out.add(new Doc.Mapping().text("name", portName(p)).put("port", Doc.number(p.target()))
                .put("targetPort", Doc.number(p.target())).text("protocol", p.protocol().name())));
        if (!out.isEmpty()) {
            spec.put("ports", new Doc.Sequence(out));
        }
        return Labels.object("v1", "Service", c.name(), project).put("spec", spec);
    }

    /**
     * Only the pods of the networks this one joins may connect to it, as on compose's networks; the
     * ports it publishes, and the port the Ingress leads to, take connections from anywhere.
     */
    private Doc.Mapping networkPolicy(List<Port> ports) {
        List<Doc> from = new ArrayList<>();
        Cluster.networks(c).forEach(n -> from.add(new Doc.Mapping().put("podSelector", new Doc.Mapping()
                .put("matchLabels", new Doc.Mapping().text(Labels.network(n), "true")))));
        List<Doc> rules = new ArrayList<>(List.of(new Doc.Mapping().put("from", new Doc.Sequence(from))));
        List<Doc> open = new ArrayList<>();
        for (Port p : ports) {
            boolean entered = entry.filter(e -> e.container() == c && e.port() == p.target()).isPresent();
            if (entered || p.published().isPresent()) {
                open.add(new Doc.Mapping().put("port", Doc.number(p.target())).text("protocol", p.protocol().name()));
            }
        }
        if (!open.isEmpty()) {
            rules.add(new Doc.Mapping().put("ports", new Doc.Sequence(open)));
        }
        Doc.Mapping spec = new Doc.Mapping().put("podSelector", new Doc.Mapping().put("matchLabels",
                Labels.selector(c.name()))).texts("policyTypes", List.of("Ingress")).put("ingress",
                new Doc.Sequence(rules));
        return Labels.object("networking.k8s.io/v1", "NetworkPolicy", c.name(), project).put("spec", spec);
    }

    /** compose-only settings, and those whose meaning a cluster changes. */
    private void notCarried(Kind kind) {
        if (service.isEmpty()) {
            return;
        }
        Service s = service.get();
        runtime.ifPresent(PodRuntime::notCarried);
        if (!s.variables().envFiles().isEmpty()) {
            cluster.findings.report(Problem.K8S_ENV_FILES_NOT_CARRIED, at, c.name(), cluster.env.id());
        }
        Optional<ContainerOptions.Restart> restart = s.options().restart();
        if (kind != Kind.JOB && restart.filter(r -> r == ContainerOptions.Restart.NO
                || r == ContainerOptions.Restart.ON_FAILURE).isPresent()) {
            cluster.findings.report(Problem.K8S_RESTART_NOT_CARRIED, at, restart.get().value(), c.name(),
                    kind.kind, cluster.env.id());
        }
        if (kind == Kind.STATEFUL_SET && s.options().replicas().isPresent() && s.options().replicas().getAsInt() > 1) {
            cluster.findings.report(Problem.K8S_REPLICA_VOLUMES, at, s.options().replicas().getAsInt(),
                    c.name(), cluster.env.id());
        }
    }
}
