package dev.gantry.model;

import java.util.Optional;

public record Storage(String kind, Optional<String> bucket, Optional<String> region, Optional<String> mount,
        Optional<String> server, Optional<String> export) {
}
