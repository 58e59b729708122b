package dev.gantry.model;

import java.util.List;
import java.util.Optional;

/**
 * The volumes, bind mounts and in-memory folders of a service's container, and {@code dataVolume}:
 * the name of the volume a catalog service keeps its data in when the file gives one
 * ({@code data_volume}), so that renaming the service keeps its data.
 */
public record Mounts(List<Volume> volumes, List<Tmpfs> tmpfs, Optional<Located<String>> dataVolume) {
}
