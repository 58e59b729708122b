package dev.gantry.targets.kubernetes;

import dev.gantry.render.Doc;
import java.util.List;

/**
 * The labels Gantry puts on what it generates: the service a pod runs (its workload's selector), the
 * project, and one label per network the pod joins, which the NetworkPolicies select on.
 */
final class Labels {

    static final String NAME = "app.kubernetes.io/name";
    static final String PART_OF = "app.kubernetes.io/part-of";
    static final String MANAGED_BY = "app.kubernetes.io/managed-by";
    /** The network compose puts a service on when it names none. */
    static final String DEFAULT_NETWORK = "default";

    private Labels() {
    }

    static String network(String name) {
        return "network.gantry.dev/" + name;
    }

    /** The selector of a workload's pods: the container's name. */
    static Doc.Mapping selector(String name) {
        return new Doc.Mapping().text(NAME, name);
    }

    /** The labels of an object of the project, and of a pod that joins {@code networks}. */
    static Doc.Mapping of(String name, String project, List<String> networks) {
        Doc.Mapping labels = selector(name).text(PART_OF, project).text(MANAGED_BY, "gantry");
        networks.forEach(n -> labels.text(network(n), "true"));
        return labels;
    }

    /** A new object: its apiVersion, kind and metadata with name and labels. */
    static Doc.Mapping object(String apiVersion, String kind, String name, String project) {
        return new Doc.Mapping().text("apiVersion", apiVersion).text("kind", kind)
                .put("metadata", new Doc.Mapping().text("name", name).put("labels", of(name, project, List.of())));
    }
}
