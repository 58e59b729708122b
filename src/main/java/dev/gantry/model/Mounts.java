package dev.gantry.model;

import java.util.List;

/** The volumes, bind mounts and in-memory folders of a service's container. */
public record Mounts(List<Volume> volumes, List<Tmpfs> tmpfs) {
}
