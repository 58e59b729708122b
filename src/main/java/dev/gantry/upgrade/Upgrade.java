package dev.gantry.upgrade;

import dev.gantry.catalog.DatabaseMove;
import dev.gantry.catalog.InstanceNames;
import dev.gantry.diag.Position;
import dev.gantry.load.ScalarEdits;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YNode;
import dev.gantry.model.Environment;
import dev.gantry.model.ImageReference;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * What `gantry upgrade` does to environment.yaml: the pins its command line names, each with where it
 * moves, and the file's text with the new values written in place of the old.
 *
 * <p>A NAME is, first, a service or an image of the file (the pins it owns), else a catalog kind, an
 * image repository or a Platform.sh runtime (every pin of it: {@code php} moves the php images and the
 * php runtimes together). With a VERSION, the pins take that version; without, the newest Gantry
 * knows that every target of the file runs ({@link Mode}).
 */
public final class Upgrade {

    /** A command line that names nothing Gantry can move. */
    public static final class RequestException extends Exception {
        RequestException(String message) {
            super(message);
        }
    }

    private final Project project;
    private final SourceFile source;
    private final List<Move> moves;

    private Upgrade(Project project, SourceFile source, List<Move> moves) {
        this.project = project;
        this.source = source;
        this.moves = moves;
    }

    /**
     * The moves {@code requests} (NAME or NAME:VERSION each) and {@code mode} ask for in {@code project},
     * whose file's YAML tree is {@code root}; no request and a mode: every pin.
     */
    public static Upgrade plan(Project project, SourceFile source, YNode root, List<String> requests,
            Optional<Mode> mode) throws RequestException, ScalarEdits.UneditableException {
        List<Pin> pins = Pins.of(project, root);
        Mover mover = new Mover(source);
        Map<Position, Move> moves = new LinkedHashMap<>();
        if (requests.isEmpty()) {
            if (mode.isEmpty()) {
                throw new RequestException("name what to upgrade (NAME or NAME:VERSION), or give --minor or --patch");
            }
            for (Pin pin : pins) {
                moves.put(pin.at(), mover.choose(pin, mode.get()));
            }
        }
        for (String request : requests) {
            ImageReference asked = ImageReference.parse(request);
            if (asked.tag().isPresent() && mode.isPresent()) {
                throw new RequestException(request + ": --" + mode.get().name().toLowerCase(Locale.ROOT)
                        + " chooses the versions itself; name the pins without a version");
            }
            for (Pin pin : select(pins, asked.repository())) {
                if (asked.tag().isEmpty()) {
                    moves.put(pin.at(), mover.choose(pin, mode.orElse(Mode.NEWEST)));
                } else if (pin.kind() == Pin.Kind.IMAGE && ImageReference.parse(pin.value()).digest().isPresent()) {
                    throw new RequestException(pin.path() + " pins `" + pin.value() + "` by digest, which Gantry"
                            + " cannot move to a version: change it by hand");
                } else {
                    moves.put(pin.at(), new Move(pin, asked.tag(), List.of()));
                }
            }
        }
        return new Upgrade(project, source, List.copyOf(moves.values()));
    }

    /** The pins {@code name} names: those a service or image of that name owns, else those of that product. */
    private static List<Pin> select(List<Pin> pins, String name) throws RequestException {
        List<Pin> owned = pins.stream().filter(p -> p.owner().equals(name)).toList();
        List<Pin> selected = owned.isEmpty() ? pins.stream().filter(p -> p.isCalled(name)).toList() : owned;
        if (selected.isEmpty()) {
            TreeSet<String> names = new TreeSet<>();
            pins.forEach(p -> {
                names.add(p.owner());
                names.add(p.product());
            });
            throw new RequestException("`" + name + "` is no service, image, catalog kind or image repository with"
                    + " a pinned version; " + Similarity.didYouMean(name, names, "names"));
        }
        return selected;
    }

    /** The moves that change a value. */
    public List<Move> changes() {
        return moves.stream().filter(m -> m.value().filter(v -> !v.equals(m.pin().value())).isPresent()).toList();
    }

    /** The file's text with every change written in place. */
    public SourceFile edited() throws ScalarEdits.UneditableException {
        List<ScalarEdits.Edit> edits = changes().stream()
                .map(m -> new ScalarEdits.Edit(m.pin().at(), m.value().orElseThrow())).toList();
        return new SourceFile(source.path(), source.displayName(), ScalarEdits.apply(source.text(), edits));
    }

    /** One line per pin named: its move, or why it stays, at its place in the file. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (Move move : moves) {
            Pin pin = move.pin();
            out.append(source.displayName()).append(':').append(pin.at()).append(": ").append(pin.path())
                    .append(": ").append(pin.value());
            Optional<String> value = move.value().filter(v -> !v.equals(pin.value()));
            out.append(value.map(v -> " -> " + v + (move.crossesMajor() ? " (a new major line)" : ""))
                    .orElse(" stays")).append('\n');
            for (Move.Refusal refusal : move.refused()) {
                out.append("  not ").append(pin.with(refusal.version())).append(": ").append(refusal.reason())
                        .append('\n');
            }
        }
        return out.toString();
    }

    /**
     * What to do, for each environment whose database the changes move to another major line, where
     * no generated file shows it (an external database, a container on ECS); compose files and
     * Platform.sh's services say it in `gantry diff`'s summary.
     */
    public List<String> databaseNotes() {
        List<String> notes = new ArrayList<>();
        for (Move move : changes()) {
            Pin pin = move.pin();
            if (pin.kind() != Pin.Kind.CATALOG || pin.version().isEmpty()) {
                continue;
            }
            Optional<DatabaseMove> database = DatabaseMove.of(pin.product(), pin.version().get(), move.to().orElseThrow());
            for (String name : pin.environments()) {
                Environment env = project.environments().get(name);
                Service service = env.services().get(pin.owner());
                if (database.isEmpty() || service == null) {
                    continue;
                }
                if (service.isExternal()) {
                    notes.add(database.get().onExternal(name));
                } else if (env.uses("ecs")) {
                    notes.add(database.get().onEcs(name, InstanceNames.of(service).dataVolume()));
                }
            }
        }
        return notes;
    }
}
