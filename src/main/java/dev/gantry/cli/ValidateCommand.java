package dev.gantry.cli;

import dev.gantry.diag.DiagnosticFormat;
import dev.gantry.model.Project;
import dev.gantry.model.ServiceSet;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class ValidateCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final InputOptions input = new InputOptions(spec);

    private final TypedOption<Boolean> quiet = InputOptions.quiet();

    ValidateCommand() {
        spec.addOption(quiet.spec());
        spec.usageMessage().description("Check environment.yaml and report every problem; writes nothing.",
                "A valid file gets one line: what it describes.");
    }

    @Override
    public Integer call() throws Exception {
        Compilation result = Compiler.compile(input.file(), input.displayName(), Options.validateOnly());
        Reporter reporter = new Reporter(spec.commandLine().getOut(), spec.commandLine().getErr());
        reporter.report(result.diagnostics(), input.errorFormat());
        if (!result.ok()) {
            return ExitCode.INVALID;
        }
        // JSON on stdout is for machines: the array alone.
        if (!quiet.value() && input.errorFormat() != DiagnosticFormat.JSON) {
            spec.commandLine().getOut().println(input.displayName() + ": valid, " + summary(result.project().orElseThrow()));
            spec.commandLine().getOut().flush();
        }
        return ExitCode.OK;
    }

    /** "3 environments, 9 services": the services counted once, whether declared or added by an environment. */
    private static String summary(Project project) {
        Set<String> services = new HashSet<>();
        for (ServiceSet set : project.serviceSets()) {
            services.addAll(set.services().keySet());
        }
        return count(project.environments().size(), "environment") + ", " + count(services.size(), "service");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
