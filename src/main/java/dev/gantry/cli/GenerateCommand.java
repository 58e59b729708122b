package dev.gantry.cli;

import dev.gantry.emit.ArtifactWriter;
import dev.gantry.emit.SafePaths;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "generate", description = "Validate environment.yaml and write every artifact it describes.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    InputOptions input;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "Folder to write into (default: the folder of the environment file).")
    Path output;

    @Option(names = "--env", paramLabel = "NAME", description = "Only this environment (repeatable).")
    List<String> environments = List.of();

    @Option(names = "--target", paramLabel = "NAME", description = "Only this target (repeatable).")
    List<String> targets = List.of();

    @Option(names = "--check", description = "Write nothing; exit 3 when a generated file is stale or missing.")
    boolean check;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Reporter reporter = new Reporter(out, spec.commandLine().getErr());
        Compilation result;
        try {
            result = Compiler.compile(input.file, input.displayName(),
                    new Options(new LinkedHashSet<>(environments), new LinkedHashSet<>(targets), true));
        } catch (RenderException e) {
            reporter.error(e.getMessage());
            return e.userTemplate() ? ExitCode.INVALID : ExitCode.BUG;
        } catch (ArtifactCheck.MalformedArtifactException e) {
            reporter.error(e.getMessage());
            return ExitCode.BUG;
        }
        reporter.report(result.diagnostics(), input.errorFormat);
        if (!result.ok()) {
            return ExitCode.INVALID;
        }
        Path folder = output != null ? output : outputFolderOf(input.file);
        ArtifactWriter writer = new ArtifactWriter(folder);
        try {
            if (check) {
                List<ArtifactWriter.Outcome> stale = writer.compare(result.artifacts()).stream()
                        .filter(o -> o.change() != ArtifactWriter.Change.UNCHANGED).toList();
                stale.forEach(o -> out.println((o.change() == ArtifactWriter.Change.ADDED ? "missing: " : "stale:   ")
                        + o.path()));
                out.flush();
                return stale.isEmpty() ? ExitCode.OK : ExitCode.STALE;
            }
            List<ArtifactWriter.Outcome> outcomes = writer.write(result.artifacts());
            long changed = outcomes.stream().filter(o -> o.change() != ArtifactWriter.Change.UNCHANGED)
                    .peek(o -> out.println((o.change() == ArtifactWriter.Change.ADDED ? "added:   " : "updated: ")
                            + o.path()))
                    .count();
            out.println(changed + " changed, " + (outcomes.size() - changed) + " unchanged");
            out.flush();
            return ExitCode.OK;
        } catch (SafePaths.UnsafePathException e) {
            reporter.error(e.getMessage());
            return ExitCode.INVALID;
        }
    }

    private static Path outputFolderOf(Path file) {
        Path parent = file.toAbsolutePath().getParent();
        return parent == null ? Path.of(".") : parent;
    }
}
