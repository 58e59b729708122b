package dev.gantry.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Writes a shape as a Graphviz digraph: groups as clusters, nodes shaped by kind, edges labelled. */
public final class DotWriter {

    private DotWriter() {
    }

    public static String write(Shape shape) {
        StringBuilder out = new StringBuilder("digraph ").append(quote(shape.environment())).append(" {\n")
                .append("  rankdir=LR;\n  node [fontname=\"sans-serif\", fontsize=10];\n")
                .append("  edge [fontname=\"sans-serif\", fontsize=9];\n");
        Map<Optional<String>, List<Shape.Node>> groups = new LinkedHashMap<>();
        shape.nodes().forEach(n -> groups.computeIfAbsent(n.group(), g -> new ArrayList<>()).add(n));
        int cluster = 0;
        for (Map.Entry<Optional<String>, List<Shape.Node>> group : groups.entrySet()) {
            String indent = "  ";
            if (group.getKey().isPresent()) {
                cluster++;
                out.append("  subgraph cluster_").append(cluster).append(" {\n    label=")
                        .append(quote(shape.grouping() + " " + group.getKey().get())).append(";\n");
                indent = "    ";
            }
            for (Shape.Node node : group.getValue()) {
                String name = node.kind() == Shape.Kind.VOLUME ? "volume" : node.id();
                String label = name + "\n" + node.runs()
                        + (node.ports().isEmpty() ? "" : "\nhost " + String.join(", ", node.ports()));
                out.append(indent).append(quote(node.id())).append(" [label=").append(quote(label))
                        .append(", shape=").append(shape(node.kind())).append("];\n");
            }
            if (group.getKey().isPresent()) {
                out.append("  }\n");
            }
        }
        for (Shape.Edge edge : shape.edges()) {
            out.append("  ").append(quote(edge.from())).append(" -> ").append(quote(edge.to())).append(" [label=")
                    .append(quote(edge.label())).append(style(edge.relation())).append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String shape(Shape.Kind kind) {
        return switch (kind) {
            case SERVICE -> "box";
            case CATALOG, VOLUME -> "cylinder";
            case HTTP_CACHE -> "hexagon";
            case ONE_SHOT -> "oval";
            case STAND_IN -> "parallelogram";
            case EXTERNAL -> "box3d";
        };
    }

    private static String style(Shape.Relation relation) {
        return switch (relation) {
            case DEPENDS_ON -> "";
            case REFERENCES -> ", style=dashed";
            case IN_FRONT_OF -> ", penwidth=2";
            case MOUNTS -> ", style=dotted, arrowhead=none";
        };
    }

    /** A DOT string: backslash and quote escaped, line breaks as DOT's {@code \n}. */
    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n")
                + "\"";
    }
}
