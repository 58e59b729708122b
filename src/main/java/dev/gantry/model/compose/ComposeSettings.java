package dev.gantry.model.compose;

/** The compose target's settings of one environment ({@code environments.<env>.compose}). */
public record ComposeSettings(String projectName, boolean mountSource) {
}
