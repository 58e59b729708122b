package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Service;
import dev.gantry.model.kubernetes.KubernetesSettings.PodSecurity;
import dev.gantry.render.Doc;
import dev.gantry.util.Phrases;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A container's security context (privileges, capabilities, the user it runs as) and what the Pod
 * Security Standards say of it. A namespace that enforces a level refuses the pods it forbids: where
 * the environment names the level, that is an error; where it does not, a warning says what a cluster
 * enforcing {@code baseline} (the usual default) would refuse. Under {@code restricted} every container
 * gets the settings the level requires.
 */
final class SecurityContexts {

    /** The capabilities {@code baseline} lets a container add; {@code restricted} allows only NET_BIND_SERVICE. */
    private static final Set<String> BASELINE_CAPABILITIES = Set.of("AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
            "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT");
    private static final Pattern NUMERIC_USER = Pattern.compile("([0-9]+)(?::([0-9]+))?");

    /** What a level forbids in one pod, gathered while it is built. */
    static final class Refusals {

        private final List<String> baseline = new ArrayList<>();
        private final List<String> restricted = new ArrayList<>();

        void baseline(String what) {
            baseline.add(what);
        }

        void restricted(String what) {
            restricted.add(what);
        }
    }

    private SecurityContexts() {
    }

    /** The container's security context, empty when it needs none; what a level refuses goes to {@code refusals}. */
    static Optional<Doc.Mapping> of(Cluster cluster, Optional<Service> service, String name, Position at,
            Refusals refusals) {
        Doc.Mapping out = new Doc.Mapping();
        boolean restricted = level(cluster).filter(l -> l == PodSecurity.RESTRICTED).isPresent();
        if (service.isPresent()) {
            Service s = service.get();
            if (s.options().privileged()) {
                out.put("privileged", Doc.flag(true));
                refusals.baseline("runs privileged");
            }
            List<String> capabilities = s.options().capAdd();
            List<String> beyondBaseline = capabilities.stream().filter(c -> !BASELINE_CAPABILITIES.contains(c)).toList();
            if (!beyondBaseline.isEmpty()) {
                refusals.baseline("adds the capabilities " + Phrases.codes(beyondBaseline));
            }
            List<String> beyondRestricted = capabilities.stream().filter(c -> !c.equals("NET_BIND_SERVICE")).toList();
            if (!beyondRestricted.isEmpty()) {
                refusals.restricted("adds the capabilities " + Phrases.codes(beyondRestricted));
            }
            if (restricted) {
                out.put("allowPrivilegeEscalation", Doc.flag(false));
            }
            Doc.Mapping caps = new Doc.Mapping().texts("add", capabilities);
            if (restricted) {
                caps.texts("drop", List.of("ALL"));
            }
            if (!caps.isEmpty()) {
                out.put("capabilities", caps);
            }
            s.process().user().ifPresent(user -> user(cluster, name, user, at, out));
        } else if (restricted) {
            out.put("allowPrivilegeEscalation", Doc.flag(false))
                    .put("capabilities", new Doc.Mapping().texts("drop", List.of("ALL")));
        }
        if (restricted && !out.entries().containsKey("runAsUser")) {
            cluster.findings.report(Problem.K8S_USER_NOT_NUMERIC, at, name, cluster.env.id());
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /** {@code user: "33:33"} runs as those ids; Kubernetes cannot look up a user by name. */
    private static void user(Cluster cluster, String name, String user, Position at, Doc.Mapping out) {
        Matcher numeric = NUMERIC_USER.matcher(user);
        if (!numeric.matches()) {
            cluster.findings.report(Problem.K8S_USER_NOT_CARRIED, at, user, name);
            return;
        }
        out.put("runAsUser", Doc.number(Long.parseLong(numeric.group(1))));
        if (numeric.group(2) != null) {
            out.put("runAsGroup", Doc.number(Long.parseLong(numeric.group(2))));
        }
    }

    /** The pod's security context under {@code restricted}: non-root, the runtime's seccomp profile. */
    static Optional<Doc.Mapping> pod(Cluster cluster) {
        if (level(cluster).filter(l -> l == PodSecurity.RESTRICTED).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Doc.Mapping().put("runAsNonRoot", Doc.flag(true))
                .put("seccompProfile", new Doc.Mapping().text("type", "RuntimeDefault")));
    }

    /** Says what the namespace's level (or, when it names none, {@code baseline}) refuses of a pod. */
    static void report(Cluster cluster, String name, Position at, Refusals refusals) {
        Optional<PodSecurity> level = level(cluster);
        List<String> refused = new ArrayList<>(refusals.baseline);
        if (level.filter(l -> l == PodSecurity.RESTRICTED).isPresent()) {
            refused.addAll(refusals.restricted);
        }
        if (refused.isEmpty() || level.filter(l -> l == PodSecurity.PRIVILEGED).isPresent()) {
            return;
        }
        String refusedText = Phrases.and(refused);
        if (level.isPresent()) {
            cluster.findings.report(Problem.K8S_POD_SECURITY_REFUSES, at, name, refusedText, level.get().value(),
                    cluster.env.id());
        } else {
            cluster.findings.report(Problem.K8S_BASELINE_REFUSES, at, name, refusedText, cluster.env.id());
        }
    }

    private static Optional<PodSecurity> level(Cluster cluster) {
        return cluster.settings.podSecurity().map(l -> l.value());
    }
}
