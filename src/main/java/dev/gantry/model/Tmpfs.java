package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.Optional;

/** A folder of a container kept in memory ({@code tmpfs}), with its size in MiB when given. */
public record Tmpfs(String path, Optional<Long> sizeMiB, Position at) {
}
