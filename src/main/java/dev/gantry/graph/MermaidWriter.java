package dev.gantry.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a shape as a Mermaid flowchart, which GitHub renders in Markdown files and pull request
 * comments. Nodes are drawn by kind (a cylinder for what keeps data, a hexagon for an HTTP cache,
 * a stadium for a one-shot container, a double-edged box for a managed service outside), grouped
 * in subgraphs; edges say why (the start condition, the connection details read, "in front of",
 * the mount path). With a change, added parts are green, removed ones red and dashed, changed
 * nodes yellow; beyond {@link #COLLAPSE_ABOVE} nodes the untouched nodes of each group are drawn as
 * one.
 */
public final class MermaidWriter {

    /** Above this many nodes, a change's picture shows each group's untouched nodes as one. */
    public static final int COLLAPSE_ABOVE = 30;

    private final Shape shape;
    private final Optional<ShapeChange> change;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private final Map<String, String> collapsed = new LinkedHashMap<>();
    private final StringBuilder out = new StringBuilder();

    private MermaidWriter(Shape shape, Optional<ShapeChange> change) {
        this.shape = shape;
        this.change = change;
    }

    public static String write(Shape shape) {
        return new MermaidWriter(shape, Optional.empty()).write();
    }

    /** The shape after {@code change}, with what changed marked. */
    public static String write(ShapeChange change) {
        return new MermaidWriter(change.shape(), Optional.of(change)).write();
    }

    private String write() {
        out.append("flowchart LR\n");
        collapse();
        Map<Optional<String>, List<Shape.Node>> groups = new LinkedHashMap<>();
        for (Shape.Node node : shape.nodes()) {
            if (!collapsed.containsKey(node.id())) {
                groups.computeIfAbsent(node.group(), g -> new ArrayList<>()).add(node);
            }
        }
        int group = 0;
        for (Map.Entry<Optional<String>, List<Shape.Node>> entry : groups.entrySet()) {
            String indent = "  ";
            if (entry.getKey().isPresent()) {
                group++;
                out.append("  subgraph g").append(group).append("[\"")
                        .append(escape(shape.grouping() + " " + entry.getKey().get())).append("\"]\n");
                indent = "    ";
            }
            for (Shape.Node node : entry.getValue()) {
                out.append(indent).append(id(node.id())).append(shape(node)).append('\n');
            }
            summary(entry.getKey(), indent);
            if (entry.getKey().isPresent()) {
                out.append("  end\n");
            }
        }
        List<String> edgeStyles = edges();
        change.ifPresent(c -> marks(c, edgeStyles));
        return out.toString();
    }

    /** In a large change, the untouched nodes of each group become one node that says how many. */
    private void collapse() {
        if (change.isEmpty() || shape.nodes().size() <= COLLAPSE_ABOVE) {
            return;
        }
        for (Shape.Node node : shape.nodes()) {
            if (change.get().untouched(node.id())) {
                collapsed.put(node.id(), "unchanged:" + node.group().orElse(""));
            }
        }
    }

    private void summary(Optional<String> group, String indent) {
        String key = "unchanged:" + group.orElse("");
        long count = collapsed.values().stream().filter(key::equals).count();
        if (count > 0) {
            out.append(indent).append(id(key)).append("[\"").append(count).append(" unchanged\"]:::unchanged\n");
        }
    }

    private List<String> edges() {
        List<String> styles = new ArrayList<>();
        int index = 0;
        for (Shape.Edge edge : shape.edges()) {
            String from = collapsed.getOrDefault(edge.from(), edge.from());
            String to = collapsed.getOrDefault(edge.to(), edge.to());
            if (from.startsWith("unchanged:") && to.startsWith("unchanged:")) {
                continue;
            }
            out.append("  ").append(id(from)).append(' ').append(arrow(edge.relation()))
                    .append(edge.label().isEmpty() ? "" : "|\"" + escape(edge.label()) + "\"|").append(' ')
                    .append(id(to)).append('\n');
            if (change.isPresent()) {
                if (change.get().addedEdges().contains(edge)) {
                    styles.add("  linkStyle " + index + " stroke:#2da44e,stroke-width:2px");
                } else if (change.get().removedEdges().contains(edge)) {
                    styles.add("  linkStyle " + index + " stroke:#cf222e,stroke-width:2px,stroke-dasharray:4");
                }
            }
            index++;
        }
        return styles;
    }

    private void marks(ShapeChange c, List<String> edgeStyles) {
        out.append("  classDef added fill:#dafbe1,stroke:#2da44e,stroke-width:2px\n")
                .append("  classDef removed fill:#ffebe9,stroke:#cf222e,stroke-width:2px,stroke-dasharray:4\n")
                .append("  classDef changed fill:#fff8c5,stroke:#9a6700,stroke-width:2px\n")
                .append("  classDef unchanged fill:#f6f8fa,stroke:#d0d7de,color:#57606a\n");
        mark("added", c.addedNodes());
        mark("removed", c.removedNodes());
        mark("changed", c.changedNodes());
        edgeStyles.forEach(s -> out.append(s).append('\n'));
    }

    private void mark(String style, java.util.Set<String> nodes) {
        List<String> shown = nodes.stream().filter(n -> !collapsed.containsKey(n)).map(this::id).toList();
        if (!shown.isEmpty()) {
            out.append("  class ").append(String.join(",", shown)).append(' ').append(style).append('\n');
        }
    }

    private String id(String node) {
        return ids.computeIfAbsent(node, n -> "n" + (ids.size() + 1));
    }

    private static String arrow(Shape.Relation relation) {
        return switch (relation) {
            case DEPENDS_ON -> "-->";
            case REFERENCES -> "-.->";
            case IN_FRONT_OF -> "==>";
            case MOUNTS -> "-.-";
        };
    }

    private static String shape(Shape.Node node) {
        String name = node.kind() == Shape.Kind.VOLUME ? "volume" : node.id();
        StringBuilder label = new StringBuilder(escape(name)).append("<br/>").append(escape(node.runs()));
        if (!node.ports().isEmpty()) {
            label.append("<br/>host ").append(escape(String.join(", ", node.ports())));
        }
        String text = "\"" + label + "\"";
        return switch (node.kind()) {
            case SERVICE -> "[" + text + "]";
            case CATALOG, VOLUME -> "[(" + text + ")]";
            case HTTP_CACHE -> "{{" + text + "}}";
            case ONE_SHOT -> "([" + text + "])";
            case STAND_IN -> "[/" + text + "/]";
            case EXTERNAL -> "[[" + text + "]]";
        };
    }

    /**
     * Text inside a quoted Mermaid label: quotes, angle brackets, hash and the characters Mermaid
     * reads as markup become its entity codes, so a name or image can never end the label.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            switch (c) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '`' -> out.append("#96;");
                case '\n', '\r' -> out.append(' ');
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
