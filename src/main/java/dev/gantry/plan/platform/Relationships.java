package dev.gantry.plan.platform;

import java.util.Map;

/**
 * The relationships of an application or worker: {@code declared} maps each relationship name to
 * {@code service:endpoint}, as the file says it; {@code names} maps each service reached to the name
 * of its relationship, which the {@code .environment} script reads PLATFORM_RELATIONSHIPS by.
 */
public record Relationships(Map<String, String> declared, Map<String, String> names) {
}
