package dev.gantry.model;

import dev.gantry.diag.Position;

/** A value with the place in environment.yaml it came from, for diagnostics about it. */
public record Located<T>(T value, Position at) {
}
