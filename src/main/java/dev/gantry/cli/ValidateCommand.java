package dev.gantry.cli;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = "Check environment.yaml and report every problem; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    private InputOptions input;

    @Override
    public Integer call() throws Exception {
        Compilation result = Compiler.compile(input.file(), input.displayName(), Options.validateOnly());
        Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        reporter.report(result.diagnostics(), input.errorFormat());
        return result.ok() ? ExitCode.OK : ExitCode.INVALID;
    }
}
