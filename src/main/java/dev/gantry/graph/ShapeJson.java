package dev.gantry.graph;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.render.Doc;
import dev.gantry.render.JsonWriter;
import dev.gantry.util.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The shapes of a project's environments as JSON, {@code .gantry/environments.json}: committed with
 * the generated files, so that {@code gantry diff} can tell how the shape of an environment changes
 * and draw it, warn when a change leaves data or secrets behind, and other tools can read what runs
 * where and which secrets each environment reads.
 */
public final class ShapeJson {

    public static final String PATH = ".gantry/environments.json";

    private ShapeJson() {
    }

    public static String write(List<Shape> shapes) {
        Doc.Mapping environments = new Doc.Mapping();
        for (Shape shape : shapes) {
            Doc.Mapping env = new Doc.Mapping().texts("targets", shape.targets());
            if (!shape.grouping().isEmpty()) {
                env.text("grouping", shape.grouping());
            }
            Doc.Mapping nodes = new Doc.Mapping();
            for (Shape.Node node : shape.nodes()) {
                Doc.Mapping n = new Doc.Mapping().text("kind", label(node.kind())).text("runs", node.runs())
                        .texts("ports", node.ports());
                node.group().ifPresent(g -> n.text("group", g));
                nodes.put(node.id(), n);
            }
            env.put("nodes", nodes);
            List<Doc> edges = new ArrayList<>();
            for (Shape.Edge edge : shape.edges()) {
                edges.add(new Doc.Mapping().text("from", edge.from()).text("to", edge.to())
                        .text("relation", label(edge.relation())).text("label", edge.label()));
            }
            env.put("edges", new Doc.Sequence(edges));
            if (!shape.secrets().isEmpty()) {
                Doc.Mapping secrets = new Doc.Mapping();
                shape.secrets().forEach(secrets::texts);
                env.put("secrets", secrets);
            }
            environments.put(shape.environment(), env);
        }
        return JsonWriter.write(new Doc.Mapping()
                .text("note", "Written by `gantry generate`: what runs in each environment, for `gantry diff`."
                        + " Commit it; do not edit it.")
                .put("environments", environments));
    }

    /** The shapes in {@code text}; empty when it is not a file of this format (then nothing is drawn). */
    public static Optional<List<Shape>> read(String text) {
        try {
            JsonNode root = Json.read(text.getBytes(StandardCharsets.UTF_8));
            if (root == null || !root.path("environments").isObject()) {
                return Optional.empty();
            }
            List<Shape> shapes = new ArrayList<>();
            for (var env : root.get("environments").properties()) {
                JsonNode e = env.getValue();
                List<String> targets = new ArrayList<>();
                e.path("targets").forEach(t -> targets.add(t.asText()));
                List<Shape.Node> nodes = new ArrayList<>();
                for (var node : e.path("nodes").properties()) {
                    JsonNode n = node.getValue();
                    List<String> ports = new ArrayList<>();
                    n.path("ports").forEach(p -> ports.add(p.asText()));
                    nodes.add(new Shape.Node(node.getKey(), Shape.Kind.valueOf(constant(n.path("kind").asText())),
                            n.path("runs").asText(), ports,
                            n.has("group") ? Optional.of(n.get("group").asText()) : Optional.empty()));
                }
                List<Shape.Edge> edges = new ArrayList<>();
                e.path("edges").forEach(edge -> edges.add(new Shape.Edge(edge.path("from").asText(),
                        edge.path("to").asText(), Shape.Relation.valueOf(constant(edge.path("relation").asText())),
                        edge.path("label").asText())));
                SortedMap<String, List<String>> secrets = new TreeMap<>();
                for (var secret : e.path("secrets").properties()) {
                    List<String> readers = new ArrayList<>();
                    secret.getValue().forEach(r -> readers.add(r.asText()));
                    secrets.put(secret.getKey(), readers);
                }
                shapes.add(new Shape(env.getKey(), targets, e.path("grouping").asText(""), nodes, edges, secrets));
            }
            return Optional.of(shapes);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String label(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String constant(String label) {
        return label.toUpperCase(Locale.ROOT).replace('-', '_');
    }
}
