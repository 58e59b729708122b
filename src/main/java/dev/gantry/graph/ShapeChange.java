package dev.gantry.graph;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How an environment's shape changed: nodes and edges added and removed, nodes whose image, ports
 * or group changed. {@code shape} is the shape after the change with what was removed put back, so
 * that one picture shows both.
 */
public record ShapeChange(Shape shape, Set<String> addedNodes, Set<String> removedNodes, Set<String> changedNodes,
        Set<Shape.Edge> addedEdges, Set<Shape.Edge> removedEdges) {

    public static ShapeChange between(Shape before, Shape after) {
        Map<String, Shape.Node> old = index(before.nodes());
        Map<String, Shape.Node> now = index(after.nodes());
        Set<String> added = new LinkedHashSet<>();
        Set<String> changed = new LinkedHashSet<>();
        now.forEach((id, node) -> {
            Shape.Node was = old.get(id);
            if (was == null) {
                added.add(id);
            } else if (!was.equals(node)) {
                changed.add(id);
            }
        });
        Set<String> removed = new LinkedHashSet<>(old.keySet());
        removed.removeAll(now.keySet());
        Set<Shape.Edge> addedEdges = new LinkedHashSet<>(after.edges());
        before.edges().forEach(addedEdges::remove);
        Set<Shape.Edge> removedEdges = new LinkedHashSet<>(before.edges());
        after.edges().forEach(removedEdges::remove);
        List<Shape.Node> nodes = new java.util.ArrayList<>(after.nodes());
        removed.forEach(id -> nodes.add(old.get(id)));
        List<Shape.Edge> edges = new java.util.ArrayList<>(after.edges());
        edges.addAll(removedEdges);
        Shape both = new Shape(after.environment(), after.targets(), after.grouping(), nodes, edges);
        return new ShapeChange(both, added, removed, changed, addedEdges, removedEdges);
    }

    public boolean isEmpty() {
        return addedNodes.isEmpty() && removedNodes.isEmpty() && changedNodes.isEmpty() && addedEdges.isEmpty()
                && removedEdges.isEmpty();
    }

    /** Whether a node is unchanged: neither added, removed nor changed, and no edge of it either. */
    public boolean untouched(String node) {
        return !addedNodes.contains(node) && !removedNodes.contains(node) && !changedNodes.contains(node)
                && addedEdges.stream().noneMatch(e -> e.from().equals(node) || e.to().equals(node))
                && removedEdges.stream().noneMatch(e -> e.from().equals(node) || e.to().equals(node));
    }

    private static Map<String, Shape.Node> index(List<Shape.Node> nodes) {
        Map<String, Shape.Node> out = new LinkedHashMap<>();
        nodes.forEach(n -> out.put(n.id(), n));
        return out;
    }
}
