package dev.gantry.graph;

import dev.gantry.targets.ArtifactSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a change of {@code .gantry/environments.json} means: environments added (with what they run)
 * and removed, services added (with what they run and the ports they publish) and removed, images and
 * ports that change, secrets an environment starts or stops reading; the data and secrets a change
 * leaves behind ({@link LeftBehind}); and for each environment whose shape changes, its picture after
 * the change.
 */
public final class ShapeSummary implements ArtifactSummary {

    @Override
    public List<Meaning> describe(String path, String before, String after) {
        List<Meaning> out = new ArrayList<>();
        Map<String, Shape> old = index(ShapeJson.read(before).orElse(List.of()));
        Map<String, Shape> now = index(ShapeJson.read(after).orElse(List.of()));
        now.forEach((name, shape) -> {
            Shape was = old.get(name);
            String subject = "environment `" + name + "`";
            if (was == null) {
                out.add(new Meaning(subject, "added, runs " + runs(shape)));
                shape.nodes().stream().filter(n -> n.kind() != Shape.Kind.VOLUME)
                        .forEach(n -> out.add(new Meaning(subject, "runs " + what(n))));
                if (!shape.secrets().isEmpty()) {
                    out.add(new Meaning(subject, "reads " + secrets(shape.secrets().keySet())
                            + " from its .env or secret store"));
                }
                return;
            }
            ShapeChange change = ShapeChange.between(was, shape);
            for (String id : change.addedNodes()) {
                out.add(new Meaning(subject, what(shape.node(id).orElseThrow()) + " added"));
            }
            for (String id : change.removedNodes()) {
                out.add(new Meaning(subject, what(was.node(id).orElseThrow()) + " removed"));
            }
            for (String id : change.changedNodes()) {
                out.add(new Meaning(subject, changed(was.node(id).orElseThrow(), shape.node(id).orElseThrow())));
            }
            change.addedEdges().forEach(e -> out.add(new Meaning(subject, edge(e) + " added")));
            change.removedEdges().forEach(e -> out.add(new Meaning(subject, edge(e) + " removed")));
            shape.secrets().forEach((secret, readers) -> {
                if (!was.secrets().containsKey(secret)) {
                    out.add(new Meaning(subject, "reads the new secret " + ArtifactSummary.code(secret) + " (read by "
                            + String.join(", ", readers.stream().map(ArtifactSummary::code).toList())
                            + "): set it in its .env or secret store before it is deployed"));
                }
            });
            was.secrets().keySet().stream().filter(secret -> !shape.secrets().containsKey(secret))
                    .forEach(secret -> out.add(new Meaning(subject, "no longer reads the secret "
                            + ArtifactSummary.code(secret))));
        });
        old.forEach((name, was) -> {
            if (!now.containsKey(name)) {
                out.add(new Meaning("environment `" + name + "`", "removed; it ran " + runs(was)
                        + ": Gantry no longer writes its files, and what runs there stays until you stop it"));
            }
        });
        return out;
    }

    @Override
    public List<Warning> warnings(String path, String before, String after) {
        Map<String, Shape> old = index(ShapeJson.read(before).orElse(List.of()));
        List<Warning> out = new ArrayList<>();
        for (Shape shape : ShapeJson.read(after).orElse(List.of())) {
            Optional.ofNullable(old.get(shape.environment())).ifPresent(was -> out.addAll(LeftBehind.between(was,
                    shape)));
        }
        return out;
    }

    @Override
    public boolean leads() {
        return true;
    }

    @Override
    public List<Figure> figures(String path, String before, String after) {
        Map<String, Shape> old = index(ShapeJson.read(before).orElse(List.of()));
        List<Figure> out = new ArrayList<>();
        for (Shape shape : ShapeJson.read(after).orElse(List.of())) {
            Optional<Shape> was = Optional.ofNullable(old.get(shape.environment()));
            ShapeChange change = ShapeChange.between(was.orElse(new Shape(shape.environment(), shape.targets(),
                    shape.grouping(), List.of(), List.of())), shape);
            if (!change.isEmpty()) {
                out.add(new Figure("environment `" + shape.environment() + "`" + (was.isEmpty() ? " (new)" : ""),
                        MermaidWriter.write(change)));
            }
        }
        return out;
    }

    private static Map<String, Shape> index(List<Shape> shapes) {
        Map<String, Shape> out = new LinkedHashMap<>();
        shapes.forEach(s -> out.put(s.environment(), s));
        return out;
    }

    private static String runs(Shape shape) {
        long services = shape.nodes().stream().filter(n -> n.kind() != Shape.Kind.VOLUME).count();
        return services + (services == 1 ? " service" : " services") + " on " + String.join(", ", shape.targets());
    }

    private static String secrets(Set<String> names) {
        return (names.size() == 1 ? "the secret " : "the secrets ")
                + String.join(", ", names.stream().map(ArtifactSummary::code).toList());
    }

    private static String what(Shape.Node node) {
        if (node.kind() == Shape.Kind.VOLUME) {
            return "volume " + ArtifactSummary.code(node.runs());
        }
        String kind = node.kind() == Shape.Kind.EXTERNAL ? "managed service " : "service ";
        return kind + ArtifactSummary.code(node.id()) + " (" + ArtifactSummary.code(node.runs())
                + (node.ports().isEmpty() ? "" : ", host ports " + String.join(", ", node.ports())) + ")";
    }

    private static String changed(Shape.Node was, Shape.Node now) {
        List<String> parts = new ArrayList<>();
        if (!was.runs().equals(now.runs())) {
            parts.add(ArtifactSummary.code(was.runs()) + " -> " + ArtifactSummary.code(now.runs()));
        }
        if (!was.ports().equals(now.ports())) {
            parts.add("host ports " + ArtifactSummary.code(String.join(", ", was.ports())) + " -> "
                    + ArtifactSummary.code(String.join(", ", now.ports())));
        }
        if (!was.group().equals(now.group())) {
            parts.add("moves from " + was.group().orElse("no group") + " to " + now.group().orElse("no group"));
        }
        return "service " + ArtifactSummary.code(now.id()) + ": " + String.join("; ", parts);
    }

    private static String edge(Shape.Edge edge) {
        String to = edge.to().startsWith("volume:") ? "volume " + ArtifactSummary.code(edge.to().substring(7))
                : ArtifactSummary.code(edge.to());
        return ArtifactSummary.code(edge.from()) + " " + switch (edge.relation()) {
            case DEPENDS_ON -> "waits for " + to + " (" + edge.label() + ")";
            case REFERENCES -> "reaches " + to + " (" + edge.label() + ")";
            case IN_FRONT_OF -> "in front of " + to;
            case MOUNTS -> "mounts " + to + " at " + ArtifactSummary.code(edge.label());
        };
    }
}
