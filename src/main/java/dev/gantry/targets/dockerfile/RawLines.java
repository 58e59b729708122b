package dev.gantry.targets.dockerfile;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Image;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.render.ArtifactCheck;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks the instruction lines of {@code raw.dockerfile} blocks, which go into the Dockerfiles as
 * written: each must be one whole instruction that ends on its line and leaves the instructions after
 * it as they are, by the rules the generated Dockerfiles are checked with.
 */
final class RawLines {

    /** A heredoc ({@code <<EOF}, {@code <<-"EOF"}) would take the lines after it as its text. */
    private static final Pattern HEREDOC = Pattern.compile("<<-?\\s*[\"']?[A-Za-z_]");
    private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");
    private static final Set<String> NOT_UNDER_ONBUILD = Set.of("ONBUILD", "FROM", "MAINTAINER");

    private RawLines() {
    }

    static void check(Project project, Diagnostics diagnostics) {
        for (Image image : project.images().values()) {
            for (Stage stage : image.stages()) {
                check(stage.raw().beforeRun(), diagnostics);
                check(stage.raw().afterRun(), diagnostics);
            }
            check(image.config().rawEnd(), diagnostics);
        }
    }

    private static void check(List<Located<String>> lines, Diagnostics diagnostics) {
        for (Located<String> line : lines) {
            problem(line.value()).ifPresent(problem -> diagnostics.error(Code.RAW_INSTRUCTION, line.at(),
                    "raw Dockerfile line " + problem.message(), problem.hint()));
        }
    }

    private record Problem(String message, String hint) {
    }

    private static Optional<Problem> problem(String line) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            return Optional.of(new Problem("holds a line break, which would start an instruction of its own",
                    "give each instruction its own list item; for a long RUN, use the stage's typed `run`"));
        }
        String[] words = line.strip().split("\\s+", 3);
        String keyword = words[0];
        String upper = keyword.toUpperCase(java.util.Locale.ROOT);
        if (!keyword.equals(upper) && ArtifactCheck.instructionProblem(upper).isEmpty()) {
            return Optional.of(new Problem("`" + keyword + "` is not written in capitals", "write `" + upper
                    + "`: Gantry's Dockerfiles write instructions so"));
        }
        if (keyword.equals("FROM")) {
            return Optional.of(new Problem("starts a new build stage, which would cut this stage from the ones"
                    + " after it", "use `from:` of an image, or an image of its own"));
        }
        if (line.endsWith("\\")) {
            return Optional.of(new Problem("ends with a backslash, which would join the next instruction to it",
                    "remove the trailing backslash"));
        }
        String instruction = keyword.equals("ONBUILD") && words.length > 1 ? words[1] : keyword;
        if (keyword.equals("ONBUILD") && NOT_UNDER_ONBUILD.contains(instruction)) {
            return Optional.of(new Problem("puts `" + instruction + "` under ONBUILD, which Docker refuses",
                    "ONBUILD takes any instruction but ONBUILD, FROM and MAINTAINER"));
        }
        if (HEREDOC_INSTRUCTIONS.contains(instruction) && HEREDOC.matcher(line).find()) {
            return Optional.of(new Problem("starts a heredoc, which would take the instructions after it as its"
                    + " text", "write the command in the stage's typed `run`, which carries several lines"));
        }
        return ArtifactCheck.instructionProblem(line.strip()).map(p -> new Problem(p,
                "write one Dockerfile instruction: RUN, COPY, ADD, ENV, ARG, LABEL, EXPOSE, VOLUME, USER, WORKDIR,"
                        + " CMD, ENTRYPOINT, HEALTHCHECK, SHELL, STOPSIGNAL or ONBUILD, with its arguments"));
    }
}
