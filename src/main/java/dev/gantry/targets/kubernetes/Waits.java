package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Dependency;
import dev.gantry.model.Port;
import dev.gantry.plan.local.LocalContainer;
import dev.gantry.render.Doc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a pod waits for before its container starts, as init containers: compose's start order, which
 * Kubernetes does not have. Readiness is watched over the network, which needs no permission: a
 * Service sends connections only to ready pods, so a dependency's port accepts one once it is ready
 * (or, without a health check, started). A Job's completion cannot be seen that way: the waiting pod
 * asks the API server, as a service account that may read those Jobs and nothing else.
 */
final class Waits {

    /** Has {@code nc}; runs as nobody. */
    static final String NETWORK_IMAGE = "busybox:1.37.0";
    /** Has {@code curl}, to ask the API server. */
    static final String API_IMAGE = "curlimages/curl:8.11.1";
    /** The service account of pods that wait for a Job. */
    static final String ACCOUNT = "gantry-job-reader";
    private static final long NOBODY = 65534;

    private Waits() {
    }

    /** The init containers of {@code c}, one per dependency it waits for, in order. */
    static List<Doc> of(Cluster cluster, LocalContainer c, Position at) {
        List<Doc> out = new ArrayList<>();
        List<String> unobservable = new ArrayList<>();
        for (Map.Entry<String, Dependency.Condition> dep : c.dependsOn().entrySet()) {
            Optional<LocalContainer> target = cluster.container(dep.getKey());
            if (target.isEmpty()) {
                continue;
            }
            if (cluster.runsOnce(target.get())) {
                cluster.waitedJobs.add(dep.getKey());
                out.add(job(dep.getKey()));
                continue;
            }
            Optional<Port> port = reachablePort(c, target.get());
            if (port.isEmpty()) {
                unobservable.add(dep.getKey());
                continue;
            }
            out.add(network(dep.getKey(), port.get().target()));
        }
        if (!unobservable.isEmpty()) {
            cluster.findings.report(Problem.K8S_WAIT_UNOBSERVABLE, at, c.name(), dev.gantry.util.Phrases.codes(unobservable),
                    cluster.env.id());
        }
        return out;
    }

    /** The first port of {@code target} that {@code from} may connect to: on a network they share, or published. */
    private static Optional<Port> reachablePort(LocalContainer from, LocalContainer target) {
        List<Port> ports = Cluster.ports(target);
        if (ports.isEmpty() || ports.get(0).protocol() != Port.Protocol.TCP) {
            return Optional.empty();
        }
        boolean shared = !Collections.disjoint(Cluster.networks(from), Cluster.networks(target));
        return shared ? Optional.of(ports.get(0))
                : ports.stream().filter(p -> p.published().isPresent() && p.protocol() == Port.Protocol.TCP).findFirst();
    }

    private static Doc network(String service, int port) {
        String address = service + " " + port;
        return container("wait-for-" + service, NETWORK_IMAGE, "until nc -z -w 2 " + address + "; do echo \"waiting"
                + " for " + service + ":" + port + "\"; sleep 2; done");
    }

    private static Doc job(String job) {
        String sa = "/var/run/secrets/kubernetes.io/serviceaccount";
        return container("wait-for-" + job, API_IMAGE, "sa=" + sa + "; until curl -fsS --cacert \"$sa/ca.crt\""
                + " -H \"Authorization: Bearer $(cat \"$sa/token\")\""
                + " \"https://kubernetes.default.svc/apis/batch/v1/namespaces/$(cat \"$sa/namespace\")/jobs/" + job
                + "\" | grep -Eq '\"succeeded\": *[1-9]'; do echo \"waiting for job " + job + "\"; sleep 2; done");
    }

    private static Doc container(String name, String image, String script) {
        return new Doc.Mapping().text("name", name).text("image", image)
                .texts("command", List.of("sh", "-c", Expansion.literal(script)))
                .put("securityContext", new Doc.Mapping().put("runAsUser", Doc.number(NOBODY))
                        .put("runAsGroup", Doc.number(NOBODY)).put("runAsNonRoot", Doc.flag(true))
                        .put("allowPrivilegeEscalation", Doc.flag(false))
                        .put("capabilities", new Doc.Mapping().texts("drop", List.of("ALL"))));
    }

    /** The service account, and the role that lets it read the Jobs waited for and nothing else. */
    static List<Doc.Mapping> rbac(Cluster cluster) {
        String project = cluster.project.name();
        Doc.Mapping account = Labels.object("v1", "ServiceAccount", ACCOUNT, project);
        Doc.Mapping role = Labels.object("rbac.authorization.k8s.io/v1", "Role", ACCOUNT, project)
                .put("rules", new Doc.Sequence(List.of(new Doc.Mapping().texts("apiGroups", List.of("batch"))
                        .texts("resources", List.of("jobs")).texts("resourceNames", List.copyOf(cluster.waitedJobs))
                        .texts("verbs", List.of("get")))));
        Doc.Mapping binding = Labels.object("rbac.authorization.k8s.io/v1", "RoleBinding", ACCOUNT, project)
                .put("roleRef", new Doc.Mapping().text("apiGroup", "rbac.authorization.k8s.io").text("kind", "Role")
                        .text("name", ACCOUNT))
                .put("subjects", new Doc.Sequence(List.of(new Doc.Mapping().text("kind", "ServiceAccount")
                        .text("name", ACCOUNT))));
        return List.of(account, role, binding);
    }
}
