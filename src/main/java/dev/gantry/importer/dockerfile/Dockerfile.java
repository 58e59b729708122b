package dev.gantry.importer.dockerfile;

import java.util.List;

/** A parsed Dockerfile: the instructions before the first FROM (global ARGs), and its build stages. */
public record Dockerfile(String file, char escape, List<Instruction> global, List<BuildStage> stages) {

    /** One {@code FROM} and the instructions after it; {@code name} is the {@code AS} name, if any. */
    public record BuildStage(int index, Instruction from, String base, String name, String platform,
            List<Instruction> instructions) {
    }
}
