package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import dev.gantry.model.Port;
import dev.gantry.model.Service;
import dev.gantry.model.kubernetes.KubernetesSettings;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.render.Doc;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where HTTP enters the environment from outside the cluster, which an Ingress routes to. compose has
 * no routes: what it opens to the outside is the host ports services publish. On a cluster the way in
 * is the HTTP cache in front (Varnish, the disk cache), which stands where compose's published web
 * port does; else the first service that publishes a port; or the service {@code ingress.service}
 * names. Other published ports are not opened to the outside (a warning says so).
 */
record EntryPoint(LocalContainer container, int port) {

    static Optional<EntryPoint> of(Cluster cluster) {
        Optional<KubernetesSettings.Ingress> settings = cluster.settings.ingress();
        Optional<Located<String>> chosen = settings.flatMap(KubernetesSettings.Ingress::service);
        Optional<EntryPoint> entry;
        if (chosen.isPresent()) {
            entry = chosen(cluster, chosen.get());
        } else {
            entry = cache(cluster).or(() -> published(cluster));
        }
        warnOthers(cluster, entry);
        if (entry.isEmpty() && settings.isPresent() && chosen.isEmpty()) {
            cluster.findings.report(Problem.K8S_INGRESS_LEADS_NOWHERE, settings.get().at(), cluster.env.id());
        }
        return entry;
    }

    private static Optional<EntryPoint> chosen(Cluster cluster, Located<String> name) {
        Optional<LocalContainer> c = cluster.container(name.value())
                .filter(x -> !cluster.runsOnce(x));
        List<Port> ports = c.map(Cluster::ports).orElse(List.of());
        if (ports.isEmpty()) {
            cluster.findings.report(c.isEmpty() ? Problem.K8S_INGRESS_SERVICE_NOT_RUN : Problem.K8S_INGRESS_SERVICE_WITHOUT_PORT,
                    name.at(), name.value(), cluster.env.id());
            return Optional.empty();
        }
        int port = ports.stream().filter(p -> p.published().isPresent()).findFirst().orElse(ports.get(0)).target();
        return Optional.of(new EntryPoint(c.get(), port));
    }

    /** The outermost HTTP cache: in front of a service, with no cache in front of itself. */
    private static Optional<EntryPoint> cache(Cluster cluster) {
        Set<String> behindCaches = cluster.env.services().values().stream()
                .flatMap(s -> s.placement().inFrontOf().stream()).map(Located::value).collect(Collectors.toSet());
        return cluster.run.containers().stream()
                .filter(c -> c.service().flatMap(s -> s.placement().inFrontOf()).isPresent())
                .filter(c -> !behindCaches.contains(c.name()))
                .findFirst().map(c -> new EntryPoint(c, Cluster.ports(c).get(0).target()));
    }

    private static Optional<EntryPoint> published(Cluster cluster) {
        for (LocalContainer c : cluster.run.containers()) {
            if (cluster.runsOnce(c)) {
                continue;
            }
            Optional<Port> port = c.service().stream().flatMap(s -> s.network().ports().stream())
                    .filter(p -> p.published().isPresent()).findFirst();
            if (port.isPresent()) {
                return Optional.of(new EntryPoint(c, port.get().target()));
            }
        }
        return Optional.empty();
    }

    /** Host ports other than the way in, and host addresses, have no place on a cluster. */
    private static void warnOthers(Cluster cluster, Optional<EntryPoint> entry) {
        for (LocalContainer c : cluster.run.containers()) {
            if (c.service().isEmpty()) {
                continue;
            }
            Service s = c.service().get();
            Position at = s.name().at();
            for (Port p : s.network().ports()) {
                boolean isEntry = entry.filter(e -> e.container() == c && e.port() == p.target()).isPresent();
                if (p.published().isPresent() && !isEntry) {
                    int published = p.published().getAsInt();
                    if (entry.isPresent()) {
                        cluster.findings.report(Problem.K8S_HOST_PORT_BEHIND_INGRESS, at, published, c.name(),
                                cluster.env.id(), entry.get().container().name(), cluster.settings.namespace(),
                                p.target());
                    } else {
                        cluster.findings.report(Problem.K8S_HOST_PORT_NO_WAY_IN, at, published, c.name(),
                                cluster.env.id(), cluster.settings.namespace(), p.target());
                    }
                }
                p.hostIp().ifPresent(ip -> cluster.findings.report(Problem.K8S_HOST_ADDRESS_UNUSED, at, ip, p.target(), c.name()));
            }
        }
    }

    /** The Ingress object. */
    Doc.Mapping ingress(Cluster cluster) {
        KubernetesSettings.Ingress settings = cluster.settings.ingress().orElse(new KubernetesSettings.Ingress(
                cluster.settings.at(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        Doc.Mapping backend = new Doc.Mapping().put("service", new Doc.Mapping().text("name", container.name())
                .put("port", new Doc.Mapping().put("number", Doc.number(port))));
        Doc.Mapping path = new Doc.Mapping().text("path", "/").text("pathType", "Prefix").put("backend", backend);
        Doc.Mapping rule = new Doc.Mapping();
        settings.host().ifPresent(h -> rule.text("host", h));
        rule.put("http", new Doc.Mapping().put("paths", new Doc.Sequence(List.of(path))));
        Doc.Mapping spec = new Doc.Mapping();
        settings.className().ifPresent(c -> spec.text("ingressClassName", c));
        settings.tlsSecret().ifPresent(secret -> {
            Doc.Mapping tls = new Doc.Mapping();
            settings.host().ifPresent(h -> tls.texts("hosts", List.of(h)));
            spec.put("tls", new Doc.Sequence(List.of(tls.text("secretName", secret))));
        });
        spec.put("rules", new Doc.Sequence(List.of(rule)));
        return Labels.object("networking.k8s.io/v1", "Ingress", container.name(), cluster.project.name())
                .put("spec", spec);
    }
}
