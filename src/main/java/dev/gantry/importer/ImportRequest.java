package dev.gantry.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What to import: the files of each environment in the order given (compose overlays merge in that
 * order), the file environment.yaml will be written to (paths in it are relative to its folder),
 * and the project's name (default: from that folder's name).
 */
public record ImportRequest(List<Group> groups, Path output, Optional<String> projectName) {

    /** The files given after one {@code --env NAME} (or before any: {@code name} empty). */
    public record Group(Optional<String> name, List<Path> files) {
    }
}
