package dev.gantry.cli;

import dev.gantry.diag.Diagnostics;
import dev.gantry.load.YamlLoader;
import dev.gantry.model.Project;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import dev.gantry.upgrade.Outdated;
import dev.gantry.upgrade.OutdatedReport;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

final class OutdatedCommand implements Callable<Integer> {

    enum Format { TEXT, MARKDOWN, JSON }

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final InputOptions input = new InputOptions(spec);

    private final TypedOption<Format> format = TypedOption.of(Format.class, OptionSpec.builder("--format")
            .paramLabel("FORMAT").defaultValue("text")
            .description("text (a table for a terminal), markdown or json. Default: ${DEFAULT-VALUE}."));

    private final TypedOption<LocalDate> date = TypedOption.of(LocalDate.class, OptionSpec.builder("--date")
            .paramLabel("YYYY-MM-DD").description("Judge support on this day instead of today (UTC).")
            .converters(OutdatedCommand::day));

    OutdatedCommand() {
        spec.addOption(format.spec()).addOption(date.spec());
        spec.usageMessage().description("List every version environment.yaml pins, with its release line, when"
                        + " that line's support ends, the newest line Gantry knows and where `gantry upgrade` would"
                        + " move it. Writes nothing.",
                "Exit 3 when a pinned line's support has ended (for a CI job); support dates ship with Gantry,"
                        + " which never goes online.");
    }

    @Override
    public Integer call() {
        Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        Compilation result;
        try {
            result = Compiler.compile(input.file(), input.displayName(), Options.validateOnly());
        } catch (RenderException | ArtifactCheck.MalformedArtifactException e) {
            throw new IllegalStateException("rendered while only validating", e);
        }
        if (!result.ok()) {
            reporter.report(result.diagnostics(), input.errorFormat());
            return ExitCode.INVALID;
        }
        Project project = result.project().orElseThrow();
        OutdatedReport report = new OutdatedReport(input.displayName(),
                date.valueOr(LocalDate.now(ZoneOffset.UTC)), Outdated.rows(project, result.source().orElseThrow(),
                YamlLoader.load(result.source().orElseThrow(), new Diagnostics(input.displayName())).root()
                        .orElseThrow()));
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format.value()) {
            case TEXT -> report.text();
            case MARKDOWN -> report.markdown();
            case JSON -> report.json();
        });
        out.flush();
        return report.anyPastEndOfLife() ? ExitCode.PAST_END_OF_LIFE : ExitCode.OK;
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("expected a day as YYYY-MM-DD, not '" + text + "'");
        }
    }
}
