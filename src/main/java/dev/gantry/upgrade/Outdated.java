package dev.gantry.upgrade;

import dev.gantry.catalog.Lifecycle;
import dev.gantry.catalog.Versions;
import dev.gantry.load.ScalarEdits;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YNode;
import dev.gantry.model.Project;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What `gantry outdated` finds for each pin of a project on a given day: the release line it
 * belongs to, when that line's support ends, the newest line Gantry knows, and where `gantry
 * upgrade` would move it.
 */
public final class Outdated {

    /** One pin as the report shows it. */
    public record Row(Pin pin, Optional<String> line, Optional<Lifecycle.Line> support, Optional<String> newest,
            Move move) {

        public boolean pastEndOfLife(LocalDate day) {
            return support.filter(s -> s.endedBefore(day)).isPresent();
        }
    }

    private Outdated() {
    }

    /** A row for every pin of {@code project}, whose file is {@code source} with the YAML tree {@code root}. */
    public static List<Row> rows(Project project, SourceFile source, YNode root) {
        Mover mover = new Mover(source);
        List<Row> rows = new ArrayList<>();
        for (Pin pin : Pins.of(project, root)) {
            Optional<String> version = pin.version();
            List<String> lines = pin.lines();
            Move move;
            try {
                move = mover.choose(pin, Mode.NEWEST);
            } catch (ScalarEdits.UneditableException e) {
                move = new Move(pin, Optional.empty(), List.of(new Move.Refusal("", e.getMessage())));
            }
            rows.add(new Row(pin, version.flatMap(v -> Versions.lineOf(lines, v)),
                    version.flatMap(v -> pin.lifecycle().flatMap(l -> l.line(v))),
                    lines.isEmpty() ? Optional.empty() : Optional.of(lines.get(lines.size() - 1)), move));
        }
        return rows;
    }
}
