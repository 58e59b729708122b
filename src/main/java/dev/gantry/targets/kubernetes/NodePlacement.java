package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Problem;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import dev.gantry.render.Doc;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Swarm placement as the pod's: {@code ==} constraints as its node selector, {@code !=} as a required
 * node affinity ({@code NotIn}, which, like Swarm, takes nodes without the label), {@code spread} as a
 * soft topology spread ({@code ScheduleAnyway}: Swarm spreads as a preference). A node label is a node
 * label; the host name, OS and CPU architecture are Kubernetes' well-known labels. What has no
 * equivalent (a Swarm role, a node id, an engine label) is an error at its line, as on ECS.
 */
final class NodePlacement {

    private static final Pattern CONSTRAINT =
            Pattern.compile("^(\\S+?)\\s*(==|!=)\\s*(\\S+)$");
    private static final Pattern LABEL_VALUE =
            Pattern.compile("([A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?)?");

    private final Cluster cluster;
    private final Service service;
    private final String name;

    NodePlacement(Cluster cluster, Service service, String name) {
        this.cluster = cluster;
        this.service = service;
        this.name = name;
    }

    void put(Doc.Mapping spec) {
        Doc.Mapping selector = new Doc.Mapping();
        List<Doc> excluded = new ArrayList<>();
        for (Located<String> constraint : service.placement().constraints().constraints()) {
            Matcher m = CONSTRAINT.matcher(constraint.value().strip());
            Optional<String> label = m.matches() ? label(m.group(1)) : Optional.empty();
            String value = m.matches() ? value(m.group(1), m.group(3)) : "";
            if (label.isEmpty() || !LABEL_VALUE.matcher(value).matches()) {
                cluster.findings.report(Problem.K8S_CONSTRAINT_UNMAPPED, constraint.at(), constraint.value(), name);
            } else if (m.group(2).equals("==")) {
                selector.text(label.get(), value);
            } else {
                excluded.add(new Doc.Mapping().text("key", label.get()).text("operator", "NotIn")
                        .texts("values", List.of(value)));
            }
        }
        if (!selector.isEmpty()) {
            spec.put("nodeSelector", selector);
        }
        if (!excluded.isEmpty()) {
            spec.put("affinity", new Doc.Mapping().put("nodeAffinity", new Doc.Mapping().put(
                    "requiredDuringSchedulingIgnoredDuringExecution", new Doc.Mapping().put("nodeSelectorTerms",
                            new Doc.Sequence(List.of(new Doc.Mapping().put("matchExpressions",
                                    new Doc.Sequence(excluded))))))));
        }
        List<Doc> spread = new ArrayList<>();
        service.placement().constraints().spread().forEach(s -> spread.add(new Doc.Mapping()
                .put("maxSkew", Doc.number(1)).text("topologyKey", s.value().substring("node.labels.".length()))
                .text("whenUnsatisfiable", "ScheduleAnyway")
                .put("labelSelector", new Doc.Mapping().put("matchLabels", Labels.selector(name)))));
        if (!spread.isEmpty()) {
            spec.put("topologySpreadConstraints", new Doc.Sequence(spread));
        }
    }

    /** The node label a Swarm field is on Kubernetes: a node label as it is, the well-known ones. */
    private static Optional<String> label(String field) {
        if (field.startsWith("node.labels.")) {
            return Optional.of(field.substring("node.labels.".length()));
        }
        return Optional.ofNullable(switch (field) {
            case "node.hostname" -> "kubernetes.io/hostname";
            case "node.platform.os" -> "kubernetes.io/os";
            case "node.platform.arch" -> "kubernetes.io/arch";
            default -> null;
        });
    }

    /** Docker names CPU architectures as {@code uname -m} does, Kubernetes as Go does. */
    private static String value(String field, String value) {
        if (!field.equals("node.platform.arch")) {
            return value;
        }
        return switch (value) {
            case "x86_64" -> "amd64";
            case "aarch64" -> "arm64";
            default -> value;
        };
    }
}
