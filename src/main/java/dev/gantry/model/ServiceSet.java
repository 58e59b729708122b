package dev.gantry.model;

import java.util.Map;

/**
 * A set of services that must make sense together: the services as declared, or as one environment
 * runs them. {@code label} names it in messages ("the project", "environment `qa`").
 */
public record ServiceSet(String label, Map<String, Service> services) {

    /** How a message says that {@code name} is not in this set. */
    public String lacks(String name) {
        return "`" + name + "`, which " + (label.equals("the project") ? "is not defined" : label + " does not run");
    }
}
