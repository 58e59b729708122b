package dev.gantry.model;

import java.util.List;

/** The volumes and bind mounts of a service's container. */
public record Mounts(List<Volume> volumes) {
}
