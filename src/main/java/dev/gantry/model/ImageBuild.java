package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.Map;
import java.util.Optional;

/**
 * How one environment builds an image of the project, where it differs from the image's own
 * settings ({@code environments.<env>.images.<image>}): another image to start from, other build
 * arguments. {@code at} is the override.
 */
public record ImageBuild(Optional<Located<ImageSource>> from, Map<String, Located<String>> args, Position at) {
}
