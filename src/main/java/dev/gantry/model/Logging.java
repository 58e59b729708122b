package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.Map;

/** Where a container's output goes where compose runs it: a Docker logging driver and its options. */
public record Logging(String driver, Map<String, String> options, Position at) {
}
