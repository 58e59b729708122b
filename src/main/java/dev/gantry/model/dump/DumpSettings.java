package dev.gantry.model.dump;

import java.util.Optional;

/** What dump-prod does with a dump taken from this environment ({@code environments.<env>.dump}). */
public record DumpSettings(Optional<String> sanitize) {

    public static final DumpSettings NONE = new DumpSettings(Optional.empty());
}
