package dev.gantry.model;

import java.util.Optional;
import java.util.OptionalInt;

public record Port(int target, OptionalInt published, Optional<String> hostIp, String protocol) {
}
