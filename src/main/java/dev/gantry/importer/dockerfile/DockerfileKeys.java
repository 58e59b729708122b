package dev.gantry.importer.dockerfile;

import java.util.Map;

/**
 * The Dockerfile instructions and flags Gantry has no form for, and why: the one table to edit when a
 * key lands. An instruction listed here is reported as not carried, at its line; the others are
 * carried by {@link DockerfileImporter} into the image's stages and settings.
 */
final class DockerfileKeys {

    static final String OWN_LINES = "Gantry writes the image's instructions from typed keys; raw lines come"
            + " after a stage's COPY or RUN instructions or at the image's end, not where this one stands";

    static final Map<String, String> NOT_CARRIED = Map.of(
            "VOLUME", "an image's VOLUME discards what later instructions write there; " + OWN_LINES,
            "SHELL", "SHELL changes how the stage's later RUN instructions run, and Gantry's `run` is /bin/sh");

    /** COPY flags that change which files are copied. */
    static final Map<String, String> COPY_FLAGS = Map.of(
            "parents", "`COPY --parents` keeps the sources' folders, which Gantry's `copy` has no form for; " + OWN_LINES,
            "exclude", "`COPY --exclude` leaves files out, which Gantry's `copy` has no form for; " + OWN_LINES,
            "checksum", "`ADD --checksum` checks a download, which Gantry's `copy` has no form for; " + OWN_LINES,
            "keep-git-dir", "`ADD --keep-git-dir` of a Git repository: " + OWN_LINES);

    static final String HEREDOC = "a here-document (`<<EOF`) spans lines, and raw lines are one line each";
    static final String PLATFORM = "`FROM --platform`: Gantry's images start from one platform's image";
    static final String EXPANDS = "it refers to a variable that Docker expands at build time, and Gantry writes"
            + " values as they are";

    private DockerfileKeys() {
    }

    /** Why a RUN flag is not carried: Gantry's runs take BuildKit mounts of a cache, a build secret or the SSH agent. */
    static String runFlag(String flag) {
        return "`RUN " + flag + "`: Gantry's runs take BuildKit mounts of a cache (target, id, sharing), a build"
                + " secret (id, target) or the SSH agent (id); " + OWN_LINES;
    }
}
