package dev.gantry.pipeline;

import dev.gantry.diag.Diagnostic;
import dev.gantry.model.Project;
import dev.gantry.target.Artifact;
import java.util.List;
import java.util.Optional;

/** The outcome of compiling an environment file: what was found, and the artifacts when there was no error. */
public record Compilation(List<Diagnostic> diagnostics, Optional<Project> project, List<Artifact> artifacts) {

    public boolean ok() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
