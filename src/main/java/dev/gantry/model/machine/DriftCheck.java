package dev.gantry.model.machine;

/**
 * A setting the script compares with an existing machine: the key in environment.yaml, the
 * {@code docker-machine inspect --format} template that reads it back, and the value it should have.
 */
public record DriftCheck(String key, String format, String expected) {
}
