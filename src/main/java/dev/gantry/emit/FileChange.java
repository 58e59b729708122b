package dev.gantry.emit;

import dev.gantry.targets.Artifact;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What generating would do to one path of the output folder. {@code onDisk} holds the bytes there
 * now (empty when there is no file); {@code generated} what Gantry would write (empty when the
 * path is no longer generated and would be deleted). A {@code conflict} means Gantry must not touch
 * the file without {@code --force}.
 */
public record FileChange(String path, Path file, Kind kind, Optional<byte[]> onDisk, Optional<Artifact> generated,
        Optional<Conflict> conflict) {

    public enum Kind { ADDED, CHANGED, REMOVED, UNCHANGED }

    public enum Conflict {
        /** Listed in the manifest, but its bytes are neither what Gantry wrote nor what it would write now. */
        EDITED_BY_HAND,
        /** Not listed in the manifest, so not Gantry's: a file of the user's at a path Gantry generates. */
        NOT_GENERATED
    }

    /** The file as it is on disk, as text; empty when there is none. */
    public String before() {
        return onDisk.map(b -> new String(b, StandardCharsets.UTF_8)).orElse("");
    }

    /** The file as Gantry would write it, as text; empty when it would be deleted. */
    public String after() {
        return generated.map(Artifact::content).orElse("");
    }
}
