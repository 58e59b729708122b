package dev.gantry.cli;

import dev.gantry.emit.AtomicFiles;
import dev.gantry.emit.Emitter;
import dev.gantry.emit.FileChange;
import dev.gantry.emit.Manifest;
import dev.gantry.emit.OutputPlan;
import dev.gantry.emit.SafePaths;
import dev.gantry.emit.UnifiedDiff;
import dev.gantry.emit.summary.DiffReport;
import dev.gantry.emit.summary.Warnings;
import dev.gantry.pipeline.Compilation;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

final class GenerateCommand extends OutputCommand {

    private final TypedOption<Boolean> check = TypedOption.flag(OptionSpec.builder("--check")
            .description("Write nothing; exit 3 and show the diff when a generated file is stale,"
                    + " missing or no longer generated."));

    private final TypedOption<Boolean> force = TypedOption.flag(OptionSpec.builder("--force")
            .description("Overwrite or delete generated files even when they were edited by hand"
                    + " or were not written by Gantry."));

    private final TypedOption<Boolean> quiet = InputOptions.quiet();

    GenerateCommand() {
        super("Validate environment.yaml and write every artifact it describes.",
                "Files whose bytes would not change are left alone; files no longer generated are deleted; a file"
                        + " edited by hand, or not written by Gantry, is never overwritten without --force (exit 4).");
        spec.addOption(check.spec()).addOption(force.spec()).addOption(quiet.spec());
    }

    @Override
    Optional<Integer> unreadableManifest(Manifest.UnreadableException e, Reporter reporter) {
        if (force.value() && !check.value()) {
            return Optional.empty();
        }
        reporter.error(e.getMessage() + "\nhint: restore it from version control, or run `gantry generate --force`"
                + " to regenerate every file (files it listed that are no longer generated stay behind)");
        return Optional.of(check.value() ? ExitCode.STALE : ExitCode.REFUSED);
    }

    @Override
    int run(OutputPlan plan, Compilation result, Reporter reporter) throws IOException, SafePaths.UnsafePathException {
        PrintWriter out = spec.commandLine().getOut();
        if (check.value()) {
            return check(plan, result, out, quiet.value());
        }
        if (!force.value() && (!plan.conflicts().isEmpty() || plan.otherSource().isPresent())) {
            reporter.error(refusal(plan));
            return ExitCode.REFUSED;
        }
        String warnings = Warnings.text(Warnings.of(plan, result.producers()));
        Optional<FileChange.Kind> manifest = new Emitter(new AtomicFiles()).apply(plan, Version.current());
        if (!warnings.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(warnings);
            err.flush();
        }
        if (quiet.value()) {
            return ExitCode.OK;
        }
        List<FileChange> changes = plan.changes();
        changes.forEach(change -> out.println(label(change.kind()) + change.path()));
        manifest.ifPresent(kind -> out.println(label(kind) + Manifest.PATH));
        out.println(changes.size() + " changed, " + (plan.files().size() - changes.size()) + " unchanged");
        out.flush();
        return ExitCode.OK;
    }

    private static String label(FileChange.Kind kind) {
        return switch (kind) {
            case ADDED -> "added:   ";
            case CHANGED -> "updated: ";
            case REMOVED -> "removed: ";
            case UNCHANGED -> "";
        };
    }

    private static int check(OutputPlan plan, Compilation result, PrintWriter out, boolean quiet) {
        DiffReport report = new DiffReport(plan, result.producers());
        if (report.empty()) {
            if (!quiet) {
                out.println("gantry: the " + plan.files().size() + " generated files are up to date");
                out.flush();
            }
            return ExitCode.OK;
        }
        String warnings = report.warnings();
        out.print((warnings.isEmpty() ? "" : warnings + "\n")
                + "gantry: the generated files are out of date; run `gantry generate`:\n" + report.fileList() + "\n"
                + report.diff());
        out.flush();
        return ExitCode.STALE;
    }

    /** Why generate will not write: each file it would have to take from the user, with the user's change. */
    static String refusal(OutputPlan plan) {
        StringBuilder why = new StringBuilder("refusing to overwrite or delete these files;"
                + " nothing was written:\n");
        plan.otherSource().ifPresent(source -> why.append("  ").append(Manifest.PATH)
                .append(": this folder holds the files generated from ").append(source)
                .append("; use another output folder (-o) for this file\n"));
        StringBuilder diffs = new StringBuilder();
        for (FileChange change : plan.conflicts()) {
            why.append("  ").append(change.path()).append(": ").append(switch (change.conflict().orElseThrow()) {
                case EDITED_BY_HAND -> change.generated().isPresent() ? "edited by hand since Gantry wrote it"
                        : "edited by hand since Gantry wrote it, and no longer generated (it would be deleted)";
                case NOT_GENERATED -> "not written by Gantry (" + Manifest.PATH + " does not list it)";
            }).append('\n');
            if (change.generated().isPresent()) {
                diffs.append(UnifiedDiff.between(change.path() + " (as Gantry generates it)", change.after(),
                        change.path() + " (on disk)", change.before()));
            }
        }
        return why.append(diffs.isEmpty() ? "" : "\n" + diffs).append("\n")
                .append("hint: move the change into environment.yaml, or into a template override (`templates:`),"
                        + " and run `gantry generate` again; or run `gantry generate --force` to overwrite it")
                .toString();
    }
}
