package dev.gantry.importer.dockerfile;

import dev.gantry.importer.Issues;
import java.util.Map;

/**
 * The Dockerfile instructions Gantry has no key for, and why: the one table to edit when a key
 * lands. An instruction listed here is reported as not carried, at its line; the others are
 * carried by {@link DockerfileImporter} into the image's stages and settings.
 */
final class DockerfileKeys {

    static final Map<String, String> NOT_CARRIED = Map.of(
            "VOLUME", Issues.noKey("an image's VOLUME", Issues.RAW),
            "STOPSIGNAL", Issues.noKey("STOPSIGNAL", Issues.RAW),
            "SHELL", Issues.noKey("SHELL", Issues.RAW),
            "ONBUILD", Issues.noKey("ONBUILD", Issues.RAW),
            "MAINTAINER", Issues.noKey("MAINTAINER (deprecated; Docker records it as the image's author)",
                    Issues.RAW));

    /** RUN flags: BuildKit mounts are issue 20's; the others have no key. */
    static final Map<String, String> RUN_FLAGS = Map.of(
            "mount", Issues.noKey("`RUN --mount` (BuildKit cache, secret and ssh mounts)", Issues.COMPOSE_KEYS),
            "network", Issues.noKey("`RUN --network`", Issues.RAW),
            "security", Issues.noKey("`RUN --security`", Issues.RAW));

    /** COPY flags that change which files are copied. */
    static final Map<String, String> COPY_FLAGS = Map.of(
            "parents", Issues.noKey("`COPY --parents`", Issues.RAW),
            "exclude", Issues.noKey("`COPY --exclude`", Issues.RAW),
            "checksum", Issues.noKey("`ADD --checksum`", Issues.RAW),
            "keep-git-dir", Issues.noKey("`ADD --keep-git-dir`", Issues.RAW));

    static final String HEREDOC = Issues.noKey("here-documents (`<<EOF`)", Issues.RAW);
    static final String PLATFORM = Issues.noKey("`FROM --platform`", Issues.RAW);
    static final String LINK = "without `--link`: the same files, in a layer that depends on the ones before it ("
            + Issues.COMPOSE_KEYS + ")";
    static final String EXPANDS = "it refers to a variable that Docker expands at build time, and Gantry writes"
            + " values as they are";

    private DockerfileKeys() {
    }
}
