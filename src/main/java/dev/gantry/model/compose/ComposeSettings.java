package dev.gantry.model.compose;

import java.util.Optional;

/**
 * The compose target's settings of one environment ({@code environments.<env>.compose}); {@code build}
 * says whether compose builds the project's images on the Docker host instead of pulling the ones CI
 * pushed (default: it builds them in dev and test environments).
 */
public record ComposeSettings(String projectName, boolean mountSource, Optional<Boolean> build) {
}
