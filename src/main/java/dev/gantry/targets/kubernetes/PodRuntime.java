package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Service;
import dev.gantry.render.Doc;
import dev.gantry.util.Durations;
import dev.gantry.util.Phrases;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How compose starts, stops and confines a service's container, as its pod says it: an init process
 * that reaps zombies (the pod's pause process, with a shared process namespace), the grace period
 * before the kill, a kept-open standard input and terminal, the kernel settings a pod may set and the
 * nodes it may run on ({@link NodePlacement}); and, as warnings at their lines, what Kubernetes has no
 * field for. In-memory folders and {@code /dev/shm} are volumes ({@link PodVolumes}).
 */
final class PodRuntime {

    /**
     * The sysctls Kubernetes 1.34 calls safe: namespaced, allowed by every kubelet and by the
     * {@code baseline} Pod Security Standard. Any other is refused unless the nodes' kubelets allow it.
     */
    static final Set<String> SAFE_SYSCTLS = Set.of("kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range",
            "net.ipv4.ip_local_reserved_ports", "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range",
            "net.ipv4.ip_unprivileged_port_start", "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout",
            "net.ipv4.tcp_keepalive_intvl", "net.ipv4.tcp_keepalive_probes", "net.ipv4.tcp_rmem",
            "net.ipv4.tcp_wmem");
    /** compose's {@code extra_hosts} value that means the Docker host. */
    static final String HOST_GATEWAY = "host-gateway";

    private final Cluster cluster;
    private final Service service;
    private final String name;

    PodRuntime(Cluster cluster, Service service, String name) {
        this.cluster = cluster;
        this.service = service;
        this.name = name;
    }

    /** The pod's keys: process namespace, grace period, host aliases, placement. */
    void pod(Doc.Mapping spec) {
        if (service.process().init()) {
            spec.put("shareProcessNamespace", Doc.flag(true));
        }
        service.process().stopGracePeriod().ifPresent(p -> spec.put("terminationGracePeriodSeconds",
                Doc.number((Durations.millis(p.value()) + 999) / 1000)));
        hostAliases(spec);
        new NodePlacement(cluster, service, name).put(spec);
    }

    /** The pod's sysctls: the safe ones; any other is a warning at its line. */
    List<Doc> sysctls() {
        List<Doc> out = new ArrayList<>();
        service.options().limits().sysctls().forEach((key, value) -> {
            if (SAFE_SYSCTLS.contains(key)) {
                out.add(new Doc.Mapping().text("name", key).text("value", value.value()));
            } else {
                cluster.findings.report(Problem.K8S_UNSAFE_SYSCTL, value.at(), key, name, cluster.env.id());
            }
        });
        return out;
    }

    /** The container's keys: standard input and terminal. */
    void container(Doc.Mapping out) {
        if (service.process().stdinOpen()) {
            out.put("stdin", Doc.flag(true));
        }
        if (service.process().tty()) {
            out.put("tty", Doc.flag(true));
        }
    }

    /** compose's extra host names, by address; the Docker host ({@code host-gateway}) has no address on a cluster. */
    private void hostAliases(Doc.Mapping spec) {
        Map<String, List<String>> byAddress = new LinkedHashMap<>();
        List<String> gateway = new ArrayList<>();
        service.network().extraHosts().forEach((host, ip) -> {
            if (ip.equals(HOST_GATEWAY)) {
                gateway.add(host);
            } else {
                byAddress.computeIfAbsent(ip, k -> new ArrayList<>()).add(host);
            }
        });
        if (!gateway.isEmpty()) {
            cluster.findings.report(Problem.K8S_HOST_GATEWAY, service.name().at(), Phrases.codes(gateway), name);
        }
        if (!byAddress.isEmpty()) {
            List<Doc> aliases = new ArrayList<>();
            byAddress.forEach((ip, hosts) -> aliases.add(new Doc.Mapping().text("ip", ip).texts("hostnames", hosts)));
            spec.put("hostAliases", new Doc.Sequence(aliases));
        }
    }

    /** Settings that only compose (or Docker) has: the user hears what the cluster does instead. */
    void notCarried() {
        Position at = service.name().at();
        service.process().stopSignal().ifPresent(s -> cluster.findings.report(Problem.K8S_STOP_SIGNAL,
                s.at(), s.value(), name));
        if (!service.options().limits().ulimits().isEmpty()) {
            cluster.findings.report(Problem.K8S_ULIMITS, at,
                    Phrases.codes(List.copyOf(service.options().limits().ulimits().keySet())), name);
        }
        service.options().logging().ifPresent(l -> cluster.findings.report(Problem.K8S_LOGGING, l.at(), name));
        service.options().profiles().stream().findFirst().ifPresent(p -> cluster.findings.report(Problem.K8S_PROFILES,
                p.at(), name, cluster.env.id()));
        service.options().containerName().ifPresent(n -> cluster.findings.report(Problem.K8S_CONTAINER_NAME,
                n.at(), name));
    }
}
