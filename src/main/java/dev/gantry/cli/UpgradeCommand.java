package dev.gantry.cli;

import dev.gantry.diag.Diagnostics;
import dev.gantry.emit.AtomicFiles;
import dev.gantry.emit.Emitter;
import dev.gantry.emit.Manifest;
import dev.gantry.emit.OutputPlan;
import dev.gantry.emit.SafePaths;
import dev.gantry.emit.UnifiedDiff;
import dev.gantry.emit.summary.DiffReport;
import dev.gantry.load.ScalarEdits;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YamlLoader;
import dev.gantry.model.Project;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import dev.gantry.upgrade.Mode;
import dev.gantry.upgrade.Upgrade;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine;

/**
 * `gantry upgrade`: moves pinned versions in environment.yaml, in place, then regenerates like
 * `generate` and shows what changed. A version a target cannot run is refused with the targets' own
 * diagnostics, and then nothing is written; `--dry-run` shows it all and writes nothing.
 */
final class UpgradeCommand extends OutputCommand {

    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final PositionalParamSpec names = PositionalParamSpec.builder().paramLabel("NAME[:VERSION]")
            .arity("0..*").type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
            .description("A service or image of the file, a catalog kind (mariadb), an image repository (php) or a"
                    + " Platform.sh runtime; with a version, the pins take it, else the newest version Gantry knows"
                    + " that every target of the file runs.").build();

    private final TypedOption<Boolean> minor = TypedOption.flag(OptionSpec.builder("--minor")
            .description("Move to the newest line of the same major line (every pin, or the NAMEs given)."));

    private final TypedOption<Boolean> patch = TypedOption.flag(OptionSpec.builder("--patch")
            .description("Move pins that name a patch release to the newest one of their line."));

    private final TypedOption<Boolean> dryRun = TypedOption.flag(OptionSpec.builder("--dry-run")
            .description("Write nothing; show the changes to environment.yaml and to the generated files."));

    /** What the command line asked for, once {@link #compile} has worked it out; null when nothing was planned. */
    private Upgrade upgrade;
    private SourceFile original;
    private SourceFile edited;

    UpgradeCommand() {
        super(false, "Move pinned versions in environment.yaml forward, in place, then regenerate.",
                "Only the changed values change: comments, order and formatting stay. A version a target cannot run"
                        + " (a runtime Platform.sh does not offer) is refused with the usual diagnostics, and then"
                        + " nothing is written. A database moved to a new major line gets a note on what to do for"
                        + " each environment that runs it.");
        spec.addPositional(names);
        spec.addOption(minor.spec()).addOption(patch.spec()).addOption(dryRun.spec());
    }

    @Override
    Compilation compile(Path file, String displayName, Options options)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        Compilation current = Compiler.compile(file, displayName, Options.validateOnly());
        if (!current.ok()) {
            return current;
        }
        Project project = current.project().orElseThrow();
        original = current.source().orElseThrow();
        try {
            upgrade = Upgrade.plan(project, original, YamlLoader.load(original, new Diagnostics(displayName)).root()
                    .orElseThrow(), names.getValue(), mode());
            if (upgrade.changes().isEmpty()) {
                return current;
            }
            edited = upgrade.edited();
        } catch (Upgrade.RequestException | ScalarEdits.UneditableException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        return Compiler.compile(edited, options);
    }

    private Optional<Mode> mode() {
        if (minor.value() && patch.value()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give --minor or --patch, not both");
        }
        return minor.value() ? Optional.of(Mode.MINOR) : patch.value() ? Optional.of(Mode.PATCH) : Optional.empty();
    }

    @Override
    void invalid(Reporter reporter) {
        if (edited != null) {
            reporter.error("refused: with these versions environment.yaml is invalid (above); nothing was written");
        }
    }

    @Override
    Optional<Integer> unreadableManifest(Manifest.UnreadableException e, Reporter reporter) {
        reporter.error(e.getMessage() + "\nhint: restore it from version control, or run `gantry generate --force`;"
                + " nothing was written");
        return Optional.of(ExitCode.REFUSED);
    }

    @Override
    int run(OutputPlan plan, Compilation result, Reporter reporter) throws IOException, SafePaths.UnsafePathException {
        PrintWriter out = spec.commandLine().getOut();
        out.print(upgrade.describe());
        if (edited == null) {
            out.println("gantry: nothing to upgrade");
            out.flush();
            return ExitCode.OK;
        }
        DiffReport report = new DiffReport(plan, result.producers());
        if (dryRun.value()) {
            out.print("\n" + UnifiedDiff.between(original.displayName(), original.text(), original.displayName(),
                    edited.text()));
            out.print(changes(report));
            out.println("gantry: dry run: nothing was written");
            out.flush();
            return ExitCode.OK;
        }
        if (!plan.conflicts().isEmpty() || plan.otherSource().isPresent()) {
            reporter.error(GenerateCommand.refusal(plan) + "\ngantry: environment.yaml was not changed either");
            return ExitCode.REFUSED;
        }
        rewrite(original.path(), edited.text());
        new Emitter(new AtomicFiles()).apply(plan, Version.current());
        out.print(changes(report));
        out.println("gantry: updated " + original.displayName() + " and " + plan.changes().size() + " generated "
                + (plan.changes().size() == 1 ? "file" : "files"));
        out.flush();
        return ExitCode.OK;
    }

    /** What the regenerated files change in meaning, the files, and notes on databases the files do not show. */
    private String changes(DiffReport report) {
        StringBuilder out = new StringBuilder("\n");
        String summary = report.summary();
        out.append(summary.isEmpty() ? "" : summary + "\n");
        out.append(report.empty() ? "The generated files do not change.\n" : "Files:\n" + report.fileList());
        List<String> notes = new ArrayList<>(upgrade.databaseNotes());
        if (!notes.isEmpty()) {
            out.append("\nDatabases outside the generated files:\n");
            notes.forEach(n -> out.append("  ").append(n).append('\n'));
        }
        return out.append('\n').toString();
    }

    /** Replaces the environment file in one step, keeping its byte order mark and its permissions. */
    private static void rewrite(Path file, String text) throws IOException {
        Path real = file.toRealPath();
        byte[] old = Files.readAllBytes(real);
        boolean bom = old.length >= 3 && old[0] == BOM[0] && old[1] == BOM[1] && old[2] == BOM[2];
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[(bom ? 3 : 0) + body.length];
        if (bom) {
            System.arraycopy(BOM, 0, bytes, 0, 3);
        }
        System.arraycopy(body, 0, bytes, bom ? 3 : 0, body.length);
        new AtomicFiles().rewrite(real, bytes);
    }
}
