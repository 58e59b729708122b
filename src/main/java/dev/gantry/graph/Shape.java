package dev.gantry.graph;

import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The shape of one environment, as a reviewer pictures it: what runs (services, the one-shot and
 * stand-in containers Gantry adds, managed services outside), what waits for or reaches what,
 * the data volumes, and how the services are grouped (by network, task or application). The
 * order of everything is the file's, so the same input draws the same picture. {@code secrets} are
 * the variables the environment reads from its {@code .env} or secret store, by name, each with the
 * nodes that read it: not drawn, but what a change must not silently stop reading.
 */
public record Shape(String environment, List<String> targets, String grouping, List<Node> nodes, List<Edge> edges,
        SortedMap<String, List<String>> secrets) {

    public Shape {
        targets = List.copyOf(targets);
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        SortedMap<String, List<String>> copy = new TreeMap<>();
        secrets.forEach((name, readers) -> copy.put(name, List.copyOf(readers)));
        secrets = Collections.unmodifiableSortedMap(copy);
    }

    /** A shape that reads no secrets. */
    public Shape(String environment, List<String> targets, String grouping, List<Node> nodes, List<Edge> edges) {
        this(environment, targets, grouping, nodes, edges, new TreeMap<>());
    }

    /** What a node is, which decides how it is drawn. */
    public enum Kind {
        /** A service built from the project's images or a published image. */
        SERVICE,
        /** A catalog service: database, cache, search, queue ... */
        CATALOG,
        /** An HTTP cache in front of another service. */
        HTTP_CACHE,
        /** A container that runs once (an init, the etcd seed). */
        ONE_SHOT,
        /** A local stand-in for a cloud service (MinIO for S3). */
        STAND_IN,
        /** A managed service reached at its endpoint; runs no container here. */
        EXTERNAL,
        /** A named volume that holds data. */
        VOLUME
    }

    /**
     * One node: {@code id} unique in the environment, what it runs ({@code runs}: an image or a
     * catalog kind and version, or the endpoint of a managed service), the host ports it publishes
     * and the group it belongs to.
     */
    public record Node(String id, Kind kind, String runs, List<String> ports, Optional<String> group) {

        public Node {
            ports = List.copyOf(ports);
        }
    }

    /** Why one node leads to another. */
    public enum Relation {
        /** Starts after the other, on a condition ({@code service_healthy} ...). */
        DEPENDS_ON,
        /** Reads one of the other's connection details ({@code {ref: db.url}}). */
        REFERENCES,
        /** Receives the other's requests first (an HTTP cache). */
        IN_FRONT_OF,
        /** Mounts the volume. */
        MOUNTS
    }

    /** An edge from {@code from} to {@code to}; {@code label} says the condition, field or path. */
    public record Edge(String from, String to, Relation relation, String label) {
    }

    public Optional<Node> node(String id) {
        return nodes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    /** The nodes that mount volume {@code volume} (a node's id, {@code volume:<name>}), with where. */
    public List<Edge> mountsOf(String volume) {
        return edges.stream().filter(e -> e.relation() == Relation.MOUNTS && e.to().equals(volume)).toList();
    }
}
