package dev.gantry.model;

import java.util.List;
import java.util.Optional;

public record CopySpec(List<String> sources, Optional<String> dest, Optional<String> chown, Optional<String> chmod,
        Optional<String> fromImage) {
}
