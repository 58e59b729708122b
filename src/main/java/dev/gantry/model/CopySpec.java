package dev.gantry.model;

import java.util.List;
import java.util.Optional;

/** A COPY: sources, destination, owner and mode, another image to copy from, and {@code link} (BuildKit's {@code --link}). */
public record CopySpec(List<String> sources, Optional<String> dest, Optional<String> chown, Optional<String> chmod,
        Optional<String> fromImage, boolean link) {
}
