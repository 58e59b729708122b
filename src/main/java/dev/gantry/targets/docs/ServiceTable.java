package dev.gantry.targets.docs;

import dev.gantry.graph.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rows of an environment's service table: what each runs, publishes, waits for and keeps. */
final class ServiceTable {

    private ServiceTable() {
    }

    static List<Map<String, String>> rows(Shape shape) {
        List<Map<String, String>> rows = new ArrayList<>();
        for (Shape.Node node : shape.nodes()) {
            if (node.kind() == Shape.Kind.VOLUME) {
                continue;
            }
            List<String> waits = new ArrayList<>();
            List<String> data = new ArrayList<>();
            for (Shape.Edge edge : shape.edges()) {
                if (!edge.from().equals(node.id())) {
                    continue;
                }
                switch (edge.relation()) {
                    case DEPENDS_ON, REFERENCES -> waits.add(edge.to() + " (" + edge.label() + ")");
                    case IN_FRONT_OF -> waits.add("in front of " + edge.to());
                    case MOUNTS -> data.add(edge.to().substring("volume:".length()) + " at " + edge.label());
                }
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("service", node.id());
            row.put("kind", node.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' '));
            row.put("runs", node.runs());
            row.put("ports", String.join(", ", node.ports()));
            row.put("group", node.group().orElse(""));
            row.put("waits", String.join("; ", waits));
            row.put("data", String.join("; ", data));
            rows.add(row);
        }
        return rows;
    }
}
