package dev.gantry.load;

import dev.gantry.diag.Diagnostic;
import java.util.List;
import java.util.Optional;

/** What loading produced: a tree when the file could be read as YAML, and what was wrong with it. */
public record Loaded(Optional<SourceFile> source, Optional<YNode> root, List<Diagnostic> diagnostics) {

    public boolean ok() {
        return root.isPresent() && diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}
