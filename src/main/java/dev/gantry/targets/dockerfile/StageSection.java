package dev.gantry.targets.dockerfile;

import dev.gantry.model.CopySpec;
import dev.gantry.model.Run;
import java.util.List;

/**
 * One stage as a Dockerfile template writes it: {@code FROM <from> AS <target>} and its instructions,
 * with its raw instruction lines before and after the RUN instructions, as written.
 */
public record StageSection(String target, String from, int index, String name, String description,
        List<ImageSection.Entry> env, String workdir, String user, List<CopySpec> copies, List<Run> runs,
        List<String> rawBeforeRun, List<String> rawAfterRun) {
}
