package dev.gantry.model;

import dev.gantry.diag.Position;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One stage of an image build; applies env, workdir, user, copy, then run, with the instruction lines of
 * its {@code raw.dockerfile} block before and after the run.
 */
public record Stage(String name, int index, Position at, Optional<String> description, Map<String, Located<String>> env,
        Optional<String> workdir, Optional<String> user, List<CopySpec> copy, List<Run> run, RawInstructions raw) {
}
