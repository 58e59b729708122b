package dev.gantry.cli;

import dev.gantry.emit.Manifest;
import dev.gantry.emit.OutputPlan;
import dev.gantry.emit.summary.DiffReport;
import dev.gantry.pipeline.Compilation;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "diff", description = {"Show what `gantry generate` would change: the meaning, then the diff.",
    "Writes nothing. First what changes in meaning (image tags, ports, env vars, cpu/memory, services added"
        + " or removed) per service and build target, then the files added, changed and removed, then"
        + " the unified diff."})
final class DiffCommand extends OutputCommand {

    enum Format { TEXT, MARKDOWN }

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (for a terminal) or markdown (for a pull-request comment). Default: ${DEFAULT-VALUE}.")
    private Format formatValue;

    @Override
    Optional<Integer> unreadableManifest(Manifest.UnreadableException e, Reporter reporter) {
        reporter.error(e.getMessage() + "; showing the diff as if there were none");
        return Optional.empty();
    }

    @Override
    int run(OutputPlan plan, Compilation result, Reporter reporter) {
        DiffReport report = new DiffReport(plan, result.producers());
        PrintWriter out = spec.commandLine().getOut();
        out.print(formatValue == Format.MARKDOWN ? report.markdown() : report.text());
        out.flush();
        return ExitCode.OK;
    }
}
