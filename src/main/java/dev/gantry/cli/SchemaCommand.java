package dev.gantry.cli;

import dev.gantry.check.SchemaChecker;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

final class SchemaCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    SchemaCommand() {
        spec.usageMessage().description("Print the JSON Schema of environment.yaml (for editors and CI).");
    }

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaChecker.schemaText());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
