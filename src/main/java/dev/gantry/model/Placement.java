package dev.gantry.model;

import java.util.Optional;

/**
 * Where a service stands: in front of another (an HTTP cache), managed elsewhere ({@code external}),
 * or run as a container where a platform would otherwise expect a managed service ({@code container}).
 */
public record Placement(Optional<Located<String>> inFrontOf, Optional<External> external, boolean container) {
}
