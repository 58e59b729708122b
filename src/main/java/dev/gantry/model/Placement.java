package dev.gantry.model;

import java.util.List;
import java.util.Optional;

/**
 * Where a service stands: in front of another (an HTTP cache), managed elsewhere ({@code external}),
 * or run as a container where a platform would otherwise expect a managed service ({@code container});
 * and on which hosts its containers may run.
 */
public record Placement(Optional<Located<String>> inFrontOf, Optional<External> external, boolean container,
        Constraints constraints) {

    /**
     * On which hosts a container may run, in Docker Swarm's words: {@code constraints} such as
     * {@code node.labels.disk == ssd}, {@code spread} preferences such as {@code node.labels.zone}.
     */
    public record Constraints(List<Located<String>> constraints, List<Located<String>> spread) {

        public boolean isEmpty() {
            return constraints.isEmpty() && spread.isEmpty();
        }
    }
}
