package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Code;
import dev.gantry.diag.Position;
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
                cluster.findings.warning(Code.DROPPED_FIELD, value.at(), "the sysctl `" + key + "` of `" + name
                        + "` is not carried: Kubernetes calls it unsafe, and a kubelet refuses the pod unless it was"
                        + " started with `--allowed-unsafe-sysctls` (the `baseline` Pod Security Standard refuses it"
                        + " too)", "where your nodes allow it, add it to the pod with a patch in `environments."
                        + cluster.env.id() + ".raw.kubernetes.patches`");
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
            cluster.findings.warning(Code.DROPPED_FIELD, service.name().at(), "the host names "
                    + Phrases.codes(gateway) + " of `" + name + "` are not carried: they name the Docker host"
                    + " (`host-gateway`), and a pod's node has no address a manifest can know", "read the node's"
                    + " address from the variable Kubernetes sets with `valueFrom: {fieldRef: {fieldPath:"
                    + " status.hostIP}}` (`raw.kubernetes.env`), or give the host's address instead of `host-gateway`");
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
        service.process().stopSignal().ifPresent(s -> warn(s.at(), "the stop signal " + s.value() + " of `" + name
                + "` is not carried: Kubernetes stops a container with the signal its image names",
                "set it on the image (`raw: {dockerfile: {end: [\"STOPSIGNAL " + s.value() + "\"]}}`)"));
        if (!service.options().limits().ulimits().isEmpty()) {
            warn(at, "the ulimits " + Phrases.codes(List.copyOf(service.options().limits().ulimits().keySet()))
                    + " of `" + name + "` are not carried: Kubernetes has no per-container ulimits, a container"
                    + " gets the container runtime's defaults of its node", "raise them in the nodes' container"
                    + " runtime, or with `ulimit` in the entrypoint (up to the hard limit)");
        }
        service.options().logging().ifPresent(l -> warn(l.at(), "logging of `" + name + "` is not carried: on a"
                + " cluster the container runtime keeps each container's output, where the cluster's log collection"
                + " reads it", "keep `logging` for the environments that run compose"));
        service.options().profiles().stream().findFirst().ifPresent(p -> warn(p.at(), "`" + name + "` runs only"
                + " with compose profiles, which Kubernetes does not have: it runs in " + cluster.named(),
                "remove it from " + cluster.named() + " with `services: {" + name + ": null}` if it is a tool for"
                        + " development"));
        service.options().containerName().ifPresent(n -> warn(n.at(), "container_name of `" + name + "` is not"
                + " carried: a pod is named after its workload, with a suffix of its own", "reach it by its Service"
                + " name, `" + name + "`"));
    }

    private void warn(Position at, String message, String hint) {
        cluster.findings.warning(Code.DROPPED_FIELD, at, message, hint);
    }
}
