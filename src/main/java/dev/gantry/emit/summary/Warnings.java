package dev.gantry.emit.summary;

import dev.gantry.emit.FileChange;
import dev.gantry.emit.OutputPlan;
import dev.gantry.targets.ArtifactSummary.Warning;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a change would cost the environments that run, as the changed files' targets tell it (data
 * no longer used, secrets no longer read): the first thing {@code generate}, {@code generate --check}
 * and {@code diff} say, in words a reviewer cannot miss.
 */
public final class Warnings {

    private static final String HEADLINE = "this change leaves data or secrets behind where environments run";

    private Warnings() {
    }

    /** The warnings of every changed file whose target has something to say; only those files are read. */
    public static List<Warning> of(OutputPlan plan, Map<String, Target> producers) {
        List<Warning> out = new ArrayList<>();
        for (FileChange change : plan.changes()) {
            if (change.kind() == FileChange.Kind.CHANGED && change.generated().isPresent()) {
                Optional.ofNullable(producers.get(change.path())).flatMap(Target::summary)
                        .ifPresent(s -> out.addAll(s.warnings(change.path(), change.before(), change.after())));
            }
        }
        return out;
    }

    /** For a terminal: a headline, then each warning with its hint; empty when there are none. */
    public static String text(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("WARNING: ").append(HEADLINE).append(":\n");
        for (Warning w : warnings) {
            out.append("  ").append(w.message()).append('\n').append("    hint: ").append(w.hint()).append('\n');
        }
        return out.toString();
    }

    /** For a pull-request comment: a GitHub caution block; empty when there are none. */
    public static String markdown(List<Warning> warnings) {
        if (warnings.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("> [!CAUTION]\n> **").append(Character.toUpperCase(HEADLINE.charAt(0)))
                .append(HEADLINE.substring(1)).append("**\n");
        for (Warning w : warnings) {
            out.append("> - ").append(w.message()).append("<br>").append(w.hint()).append('\n');
        }
        return out.append('\n').toString();
    }
}
