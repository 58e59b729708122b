package dev.gantry.model;

import java.util.Optional;

/**
 * A named volume ({@code data:/var/lib/mysql}) or a bind mount of a project folder ({@code ./app:/app}).
 * {@code sourcePath} is where a Platform.sh or Upsun mount keeps its files, when not in a folder named
 * after the volume.
 */
public record Volume(String source, String target, boolean readOnly, Optional<String> size,
        Optional<String> sourcePath) {

    public boolean isBindMount() {
        return source.startsWith("./") || source.startsWith("../") || source.equals(".") || source.startsWith("/");
    }

    /** The folder of a Platform.sh or Upsun mount's storage that holds the volume's files. */
    public String mountFolder() {
        return sourcePath.orElse(source);
    }
}
