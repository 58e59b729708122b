package dev.gantry.importer.compose;

import dev.gantry.importer.Origin;
import dev.gantry.importer.source.SourceMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The compose files of one environment after Compose's own resolution: interpolated with the
 * {@code .env} of the project folder, overlays merged in the order given, {@code extends} applied,
 * every service in canonical form. {@code substitutions} holds, by the place of each value that had
 * a {@code $}, the text as written and the variables it read.
 */
public record ComposeProject(Path folder, List<String> files, DotEnv dotEnv, SourceMap root,
        Map<Origin, Substitution> substitutions, List<Unset> unset) {

    /** A value as written before interpolation, and the variables it read. */
    public record Substitution(String template, List<String> variables) {

        /** The one variable the whole value is, as in {@code ${DB_PASSWORD}} or {@code ${X:-default}}. */
        public java.util.Optional<String> whole() {
            return template.matches("\\$\\{?[A-Za-z_][A-Za-z0-9_]*([:]?[-?+][^}]*)?}?") && variables.size() >= 1
                    ? java.util.Optional.of(variables.get(0)) : java.util.Optional.empty();
        }
    }

    /** A variable a value read that is not set: compose substitutes the empty string. */
    public record Unset(Origin origin, String variable) {
    }

    public SourceMap services() {
        return root.map("services");
    }
}
