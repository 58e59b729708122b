package dev.gantry.emit.summary;

import dev.gantry.emit.FileChange;
import dev.gantry.emit.Manifest;
import dev.gantry.emit.OutputPlan;
import dev.gantry.emit.UnifiedDiff;
import dev.gantry.targets.ArtifactSummary.Meaning;
import dev.gantry.targets.ArtifactSummary;
import dev.gantry.targets.Target;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.UnaryOperator;

/**
 * What generating would change, for a reviewer: first what it would cost the environments that run
 * ({@link Warnings}), then the changes in meaning (what runs where first, then per service, build
 * target or file, each with the files it shows in), the files added, changed and removed, and the
 * unified diff; as plain text for a terminal or as Markdown for a pull-request comment.
 */
public final class DiffReport {

    /** Top-level files first (the assembled Dockerfile before the stage files that repeat it). */
    private static final Comparator<String> SHALLOW_FIRST = Comparator.<String>comparingLong(
            p -> p.chars().filter(c -> c == '/').count()).thenComparing(Comparator.naturalOrder());
    private static final String MANIFEST_NOTE = "Gantry's record of the files it owns";
    /** Files a change is listed with before "and N more". */
    private static final int FILES_SHOWN = 3;
    /** GitHub cuts comments at 65536 characters; the diff gives way first. */
    private static final int MARKDOWN_DIFF_LIMIT = 50_000;

    private record FileDiff(FileChange change, String diff, int added, int removed) {
    }

    private final List<FileDiff> files = new ArrayList<>();
    private final Map<String, Target> producers;
    private final boolean manifestStale;
    private final List<ArtifactSummary.Warning> warnings;
    /** The subjects of leading summaries, which speak of one file that needs no naming. */
    private final Set<String> leadingSubjects = new HashSet<>();

    public DiffReport(OutputPlan plan, Map<String, Target> producers) {
        this.producers = producers;
        manifestStale = plan.manifestStale();
        warnings = Warnings.of(plan, producers);
        for (FileChange change : plan.changes()) {
            String diff = UnifiedDiff.of(change);
            List<String> body = diff.lines().skip(2).toList();
            files.add(new FileDiff(change, diff, (int) body.stream().filter(l -> l.startsWith("+")).count(),
                    (int) body.stream().filter(l -> l.startsWith("-")).count()));
        }
    }

    /**
     * Each subject's changes in meaning, each with the files it shows in: the leading summaries' subjects
     * (what runs where) first, then the others, each in the order first met.
     */
    private Map<String, Map<String, SortedSet<String>>> meanings() {
        Map<String, Map<String, SortedSet<String>>> leading = new LinkedHashMap<>();
        Map<String, Map<String, SortedSet<String>>> others = new LinkedHashMap<>();
        for (FileDiff file : files) {
            FileChange change = file.change();
            if (change.kind() != FileChange.Kind.CHANGED || change.generated().isEmpty()) {
                continue;
            }
            Optional<ArtifactSummary> own = Optional.ofNullable(producers.get(change.path()))
                    .flatMap(Target::summary);
            boolean leads = own.map(ArtifactSummary::leads).orElse(false);
            List<Meaning> found = new ArrayList<>(leads ? List.of() : FormatSummaries
                    .of(change.generated().get().format()).describe(change.path(), change.before(), change.after()));
            own.ifPresent(s -> found.addAll(s.describe(change.path(), change.before(), change.after())));
            found.addAll(RawKeyChanges.describe(change.generated().get(), change.before(), change.after()));
            for (Meaning m : found) {
                if (leads) {
                    leadingSubjects.add(m.subject());
                }
                (leads ? leading : others).computeIfAbsent(m.subject(), s -> new LinkedHashMap<>())
                        .computeIfAbsent(m.change(), c -> new TreeSet<>(SHALLOW_FIRST)).add(change.path());
            }
        }
        others.forEach((subject, changes) -> changes.forEach((change, paths) -> leading
                .computeIfAbsent(subject, s -> new LinkedHashMap<>()).computeIfAbsent(change, c -> new TreeSet<>(
                        SHALLOW_FIRST)).addAll(paths)));
        return leading;
    }

    /** What the change would cost the environments that run, for a terminal; empty when nothing. */
    public String warnings() {
        return Warnings.text(warnings);
    }

    /** The pictures the changed files' targets draw of what changed (the shape of environments). */
    private List<ArtifactSummary.Figure> figures() {
        List<ArtifactSummary.Figure> out = new ArrayList<>();
        for (FileDiff file : files) {
            FileChange change = file.change();
            if (change.generated().isEmpty()) {
                continue;
            }
            Optional.ofNullable(producers.get(change.path())).flatMap(Target::summary)
                    .ifPresent(s -> out.addAll(s.figures(change.path(), change.before(), change.after())));
        }
        return out;
    }

    /** Nothing would change, the manifest included. */
    public boolean empty() {
        return files.isEmpty() && !manifestStale;
    }

    /** The changes in meaning, by subject; empty when none can be told. */
    public String summary() {
        StringBuilder out = new StringBuilder();
        meanings().forEach((subject, changes) -> {
            out.append("  ").append(subject).append('\n');
            changes.forEach((change, paths) -> out.append("    ").append(change)
                    .append(ownFile(subject, paths) ? "" : "  (" + inFiles(paths, p -> p) + ")").append('\n'));
        });
        return out.isEmpty() ? "" : "Changes in meaning:\n" + out;
    }

    /** One line per file added, changed or removed. */
    public String fileList() {
        StringBuilder out = new StringBuilder();
        for (FileDiff file : files) {
            out.append("  ").append(String.format("%-8s", kind(file.change()))).append(' ')
                    .append(file.change().path()).append("  (").append(details(file)).append(")\n");
        }
        if (manifestStale) {
            out.append("  changed  ").append(Manifest.PATH).append("  (" + MANIFEST_NOTE + ")\n");
        }
        return out.toString();
    }

    public String diff() {
        StringBuilder out = new StringBuilder();
        files.forEach(f -> out.append(f.diff()));
        return out.toString();
    }

    public String text() {
        if (empty()) {
            return "No changes: the generated files are up to date.\n";
        }
        String summary = summary();
        String warned = warnings();
        return (warned.isEmpty() ? "" : warned + "\n") + (summary.isEmpty() ? "" : summary + "\n") + "Files:\n"
                + fileList() + "\n" + diff();
    }

    public String markdown() {
        if (empty()) {
            return "### Gantry: no changes\n\nThe generated files are up to date.\n";
        }
        StringBuilder out = new StringBuilder("### Gantry: ").append(files.size())
                .append(files.size() == 1 ? " generated file changes" : " generated files change").append("\n\n")
                .append(Warnings.markdown(warnings));
        meanings().forEach((subject, changes) -> {
            out.append("**").append(subject).append("**\n");
            changes.forEach((change, paths) -> out.append("- ").append(change).append(ownFile(subject, paths) ? ""
                    : " <sub>in " + inFiles(paths, ArtifactSummary::code) + "</sub>").append('\n'));
            out.append('\n');
        });
        for (ArtifactSummary.Figure figure : figures()) {
            String fence = ArtifactSummary.fence(figure.mermaid(), 3);
            out.append("**Shape of ").append(figure.title()).append("** <sub>added green, removed red, changed"
                    + " yellow</sub>\n\n").append(fence).append("mermaid\n").append(figure.mermaid()).append(fence)
                    .append("\n\n");
        }
        out.append("**Files**\n");
        for (FileDiff file : files) {
            out.append("- ").append(kind(file.change())).append(' ').append(ArtifactSummary.code(file.change().path()))
                    .append(" (").append(details(file)).append(")\n");
        }
        if (manifestStale) {
            out.append("- changed ").append(ArtifactSummary.code(Manifest.PATH))
                    .append(" (" + MANIFEST_NOTE + ")\n");
        }
        String diff = diff();
        if (diff.isEmpty()) {
            return out.toString();
        }
        String shown = diff.length() <= MARKDOWN_DIFF_LIMIT ? diff
                : diff.substring(0, diff.lastIndexOf('\n', MARKDOWN_DIFF_LIMIT) + 1);
        String fence = ArtifactSummary.fence(shown, 3);
        out.append("\n<details>\n<summary>Unified diff</summary>\n\n").append(fence).append("diff\n").append(shown)
                .append(fence).append('\n');
        if (shown.length() < diff.length()) {
            out.append("\nThe diff is cut here; run `gantry diff` to see all of it.\n");
        }
        return out.append("\n</details>\n").toString();
    }

    private static String kind(FileChange change) {
        return change.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String details(FileDiff file) {
        String lines = file.diff().isEmpty() ? "file mode only" : "+" + file.added() + " -" + file.removed();
        return lines + file.change().conflict().map(c -> switch (c) {
            case EDITED_BY_HAND -> ", edited by hand: generate refuses without --force";
            case NOT_GENERATED -> ", not written by Gantry: generate refuses without --force";
        }).orElse("");
    }

    /** The change is about the one file it is in, which the subject names already or needs not name. */
    private boolean ownFile(String subject, SortedSet<String> paths) {
        return paths.size() == 1 && (subject.equals(StructureSummary.fileSubject(paths.first()))
                || leadingSubjects.contains(subject));
    }

    private static String inFiles(SortedSet<String> paths, UnaryOperator<String> quote) {
        List<String> shown = paths.stream().limit(FILES_SHOWN).map(quote).toList();
        String more = paths.size() > FILES_SHOWN ? " and " + (paths.size() - FILES_SHOWN) + " more" : "";
        return String.join(", ", shown) + more;
    }
}
