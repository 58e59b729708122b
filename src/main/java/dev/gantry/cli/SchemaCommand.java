package dev.gantry.cli;

import dev.gantry.check.SchemaChecker;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "schema", description = "Print the JSON Schema of environment.yaml (for editors and CI).")
final class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(SchemaChecker.schemaText());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
