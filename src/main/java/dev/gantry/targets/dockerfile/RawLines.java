package dev.gantry.targets.dockerfile;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Image;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Stage;
import dev.gantry.render.ArtifactCheck;
import java.util.List;
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
        lines.forEach(line -> check(line.value(), line.at(), diagnostics));
    }

    private static void check(String line, Position at, Diagnostics diagnostics) {
        if (line.indexOf('\n') >= 0 || line.indexOf('\r') >= 0) {
            diagnostics.report(Problem.RAW_LINE_BREAK, at);
            return;
        }
        String[] words = line.strip().split("\\s+", 3);
        String keyword = words[0];
        String upper = keyword.toUpperCase(java.util.Locale.ROOT);
        String instruction = keyword.equals("ONBUILD") && words.length > 1 ? words[1] : keyword;
        if (!keyword.equals(upper) && ArtifactCheck.instructionProblem(upper).isEmpty()) {
            diagnostics.report(Problem.RAW_LOWER_CASE, at, keyword, upper);
        } else if (keyword.equals("FROM")) {
            diagnostics.report(Problem.RAW_FROM, at);
        } else if (line.endsWith("\\")) {
            diagnostics.report(Problem.RAW_TRAILING_BACKSLASH, at);
        } else if (keyword.equals("ONBUILD") && NOT_UNDER_ONBUILD.contains(instruction)) {
            diagnostics.report(Problem.RAW_UNDER_ONBUILD, at, instruction);
        } else if (HEREDOC_INSTRUCTIONS.contains(instruction) && HEREDOC.matcher(line).find()) {
            diagnostics.report(Problem.RAW_HEREDOC, at);
        } else {
            ArtifactCheck.instructionProblem(line.strip()).ifPresent(problem ->
                    diagnostics.report(Problem.RAW_NOT_AN_INSTRUCTION, at, problem));
        }
    }
}
