package dev.gantry.upgrade;

import dev.gantry.catalog.Lifecycle;
import dev.gantry.catalog.Versions;
import dev.gantry.diag.Diagnostic;
import dev.gantry.load.ScalarEdits;
import dev.gantry.load.SourceFile;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Chooses where a pin moves: the newest version of a {@link Mode} that the project still compiles
 * with. What a target can run is the targets' own business (Platform.sh offers some runtime and
 * service versions only): each candidate is tried by compiling the file with it, newest first, so the
 * targets' own diagnostics decide.
 */
final class Mover {

    private final SourceFile source;

    Mover(SourceFile source) {
        this.source = source;
    }

    Move choose(Pin pin, Mode mode) throws ScalarEdits.UneditableException {
        List<Move.Refusal> refused = new ArrayList<>();
        for (Candidate candidate : candidates(pin, mode)) {
            if (candidate.version().isEmpty()) {
                refused.add(new Move.Refusal(candidate.line(), "Gantry knows no patch release of " + pin.product()
                        + " " + candidate.line() + ", and " + pin.path() + " needs one: give it, as `gantry upgrade "
                        + pin.owner() + ":" + candidate.line() + ".N`"));
                continue;
            }
            String version = candidate.version().get();
            Optional<Diagnostic> error = firstError(pin, version);
            if (error.isEmpty()) {
                return new Move(pin, Optional.of(version), refused);
            }
            refused.add(new Move.Refusal(version, error.get().message()));
        }
        return new Move(pin, Optional.empty(), refused);
    }

    /** The first error of the project with {@code pin} at {@code version}, if any. */
    Optional<Diagnostic> firstError(Pin pin, String version) throws ScalarEdits.UneditableException {
        String text = ScalarEdits.apply(source.text(), List.of(new ScalarEdits.Edit(pin.at(), pin.with(version))));
        return compile(new SourceFile(source.path(), source.displayName(), text)).diagnostics().stream()
                .filter(Diagnostic::isError).findFirst();
    }

    /** Validates, and plans every target, which is where targets refuse what they cannot run. */
    static Compilation compile(SourceFile source) {
        try {
            return Compiler.compile(source, Options.validateOnly());
        } catch (RenderException | ArtifactCheck.MalformedArtifactException e) {
            throw new IllegalStateException("rendered while only validating", e);
        }
    }

    /** A line to move to, and the version that names it (empty when it needs a patch Gantry does not know). */
    record Candidate(String line, Optional<String> version) {
    }

    /** The lines to try for {@code pin}, best first; none when it pins no version Gantry can move. */
    static List<Candidate> candidates(Pin pin, Mode mode) {
        Optional<String> pinned = pin.version();
        if (pinned.isEmpty()) {
            return List.of();
        }
        String version = pinned.get();
        List<String> lines = pin.lines();
        String line = Versions.lineOf(lines, version).orElse(version);
        boolean patch = Versions.parts(version) > Versions.parts(line);
        if (mode == Mode.PATCH) {
            return latestPatch(pin, line).filter(p -> patch && Versions.ORDER.compare(p, version) > 0)
                    .map(p -> List.of(new Candidate(line, Optional.of(p)))).orElse(List.of());
        }
        boolean needsPatch = pin.catalogEntry().map(e -> e.versions().full()).orElse(false);
        List<Candidate> out = new ArrayList<>();
        for (int i = lines.size() - 1; i >= 0 && Versions.ORDER.compare(lines.get(i), line) > 0; i--) {
            String candidate = lines.get(i);
            if (mode == Mode.MINOR && !Versions.major(candidate).equals(Versions.major(line))) {
                continue;
            }
            Optional<String> latest = latestPatch(pin, candidate);
            if (needsPatch) {
                out.add(new Candidate(candidate, latest)); // the kind's images have no tag of the line alone
            } else if (patch) {
                out.add(new Candidate(candidate, latest.or(() -> Optional.of(candidate))));
            } else {
                out.add(new Candidate(candidate, Optional.of(candidate)));
            }
        }
        return out;
    }

    /** The newest patch release of {@code line} that the support data knows. */
    private static Optional<String> latestPatch(Pin pin, String line) {
        return pin.lifecycle().flatMap(l -> l.line(line)).flatMap(Lifecycle.Line::latest)
                .filter(latest -> latest.startsWith(line + "."));
    }
}
