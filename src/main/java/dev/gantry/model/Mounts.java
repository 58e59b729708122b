package dev.gantry.model;

import java.util.List;
import java.util.Optional;

/**
 * The volumes and bind mounts of a service's container, and {@code dataVolume}: the name of the
 * volume a catalog service keeps its data in when the file gives one ({@code data_volume}), so that
 * renaming the service keeps its data.
 */
public record Mounts(List<Volume> volumes, Optional<Located<String>> dataVolume) {
}
