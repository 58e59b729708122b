package dev.gantry.cli;

import dev.gantry.emit.Manifest;
import dev.gantry.emit.OutputPlan;
import dev.gantry.emit.summary.DiffReport;
import dev.gantry.pipeline.Compilation;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Model.OptionSpec;

final class DiffCommand extends OutputCommand {

    enum Format { TEXT, MARKDOWN }

    private final TypedOption<Format> format = TypedOption.choice(Format.class, OptionSpec.builder("--format")
            .paramLabel("text|markdown").defaultValue("text")
            .description("text (for a terminal) or markdown (for a pull-request comment). Default: ${DEFAULT-VALUE}."));

    DiffCommand() {
        super("Show what `gantry generate` would change: the meaning, then the diff.",
                "Writes nothing. First what the change leaves behind where environments run (data volumes no longer"
                        + " used, secrets no longer read), then what changes in meaning (environments and services added"
                        + " or removed, image tags, ports, env vars, secrets, cpu/memory), then the files added, changed"
                        + " and removed, then the unified diff.");
        spec.addOption(format.spec());
    }

    @Override
    Optional<Integer> unreadableManifest(Manifest.UnreadableException e, Reporter reporter) {
        reporter.error(e.getMessage() + "; showing the diff as if there were none");
        return Optional.empty();
    }

    @Override
    int run(OutputPlan plan, Compilation result, Reporter reporter) {
        DiffReport report = new DiffReport(plan, result.producers());
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.value() == Format.MARKDOWN ? report.markdown() : report.text());
        out.flush();
        return ExitCode.OK;
    }
}
