package dev.gantry.cli;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ValidateCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final InputOptions input = new InputOptions(spec);

    ValidateCommand() {
        spec.usageMessage().description("Check environment.yaml and report every problem; writes nothing.");
    }

    @Override
    public Integer call() throws Exception {
        Compilation result = Compiler.compile(input.file(), input.displayName(), Options.validateOnly());
        Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        reporter.report(result.diagnostics(), input.errorFormat());
        return result.ok() ? ExitCode.OK : ExitCode.INVALID;
    }
}
