package dev.gantry.model;

import java.util.Optional;

/** Container limits: cpu in CPUs, memory in MiB. */
public record Resources(Optional<Double> cpu, Optional<Long> memoryMiB) {
}
