package dev.gantry.cli;

import dev.gantry.emit.AtomicFiles;
import dev.gantry.emit.Emitter;
import dev.gantry.emit.Journal;
import dev.gantry.emit.Manifest;
import dev.gantry.emit.OutputPlan;
import dev.gantry.emit.SafePaths;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The commands that compare what Gantry generates with the output folder (generate, diff): they
 * compile, read the manifest, and plan the changes in memory before they write or show anything.
 */
abstract class OutputCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final InputOptions input = new InputOptions(spec);

    private final TypedOption<Path> output = TypedOption.of(Path.class, OptionSpec.builder("-o", "--output")
            .paramLabel("DIR").description("Output folder (default: the folder of the environment file)."));

    private final TypedOption<List<String>> environments = TypedOption.strings(OptionSpec.builder("--env")
            .paramLabel("NAME")
            .description("Only this environment (repeatable). A restricted run deletes no stale files."));

    private final TypedOption<List<String>> targets = TypedOption.strings(OptionSpec.builder("--target")
            .paramLabel("NAME").description("Only this target (repeatable). A restricted run deletes no stale files."));

    /** A command with these options and the given description; the subclass adds its own options after them. */
    OutputCommand(String... description) {
        this(true, description);
    }

    /** Without {@code restrictable}, the command always works on every environment and target (no --env, --target). */
    OutputCommand(boolean restrictable, String... description) {
        spec.addOption(output.spec());
        if (restrictable) {
            spec.addOption(environments.spec()).addOption(targets.spec());
        }
        spec.usageMessage().description(description);
    }

    @Override
    public final Integer call() throws Exception {
        Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        Compilation result;
        try {
            result = compile(input.file(), input.displayName(),
                    new Options(new LinkedHashSet<>(environments.valueOr(List.of())), new LinkedHashSet<>(targets.valueOr(List.of())), true));
        } catch (RenderException e) {
            reporter.error(e.getMessage());
            return e.userTemplate() ? ExitCode.INVALID : ExitCode.BUG;
        } catch (ArtifactCheck.MalformedArtifactException e) {
            reporter.error(e.getMessage());
            return ExitCode.BUG;
        }
        reporter.report(result.diagnostics(), input.errorFormat());
        if (!result.ok()) {
            invalid(reporter);
            return ExitCode.ofErrors(result.diagnostics());
        }
        Path folder = output.valueOr(outputFolderOf(input.file()));
        try {
            Journal.rollForward(folder, new AtomicFiles()).ifPresent(done -> reporter.note(done.describe()));
            Optional<Manifest> manifest;
            try {
                manifest = Manifest.read(folder);
            } catch (Manifest.UnreadableException e) {
                Optional<Integer> refusal = unreadableManifest(e, reporter);
                if (refusal.isPresent()) {
                    return refusal.get();
                }
                manifest = Optional.empty();
            }
            OutputPlan plan = OutputPlan.of(folder, result.artifacts(), manifest,
                    environments.valueOr(List.of()).isEmpty() && targets.valueOr(List.of()).isEmpty(),
                    result.project().orElseThrow().sourceName());
            return run(plan, result, reporter);
        } catch (SafePaths.UnsafePathException e) {
            reporter.error(e.getMessage());
            return ExitCode.REFUSED;
        } catch (IOException e) {
            reporter.error("cannot read or write the output folder: " + describe(e));
            return ExitCode.CANNOT_WRITE;
        }
    }

    /** An I/O failure as a person reads it: the file and what went wrong, without Java's class names. */
    static String describe(IOException e) {
        if (e instanceof Emitter.NothingWrittenException nothing) {
            return (nothing.getCause() instanceof IOException cause ? describe(cause) : nothing.getMessage())
                    + "; nothing was written";
        }
        if (e instanceof FileSystemException f) {
            String why = f.getReason() != null ? f.getReason()
                    : f.getClass().getSimpleName().replace("Exception", "").replaceAll("([a-z])([A-Z])", "$1 $2")
                            .toLowerCase(Locale.ROOT);
            return f.getFile() + ": " + why;
        }
        return String.valueOf(e.getMessage());
    }

    /** What is compared with the output folder: the environment file as it is on disk. */
    Compilation compile(Path file, String displayName, Options options)
            throws RenderException, ArtifactCheck.MalformedArtifactException {
        return Compiler.compile(file, displayName, options);
    }

    /** Says more, after the diagnostics, when the file (or what the command made of it) is invalid. */
    void invalid(Reporter reporter) {
    }

    /** What to do when the manifest cannot be trusted: an exit code, or empty to go on as if there were none. */
    abstract Optional<Integer> unreadableManifest(Manifest.UnreadableException e, Reporter reporter);

    abstract int run(OutputPlan plan, Compilation result, Reporter reporter)
            throws IOException, SafePaths.UnsafePathException;

    private static Path outputFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
