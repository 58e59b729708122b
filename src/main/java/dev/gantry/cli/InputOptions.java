package dev.gantry.cli;

import dev.gantry.diag.DiagnosticFormat;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Options every command that reads environment.yaml shares. */
public final class InputOptions {

    private final TypedOption<Path> file = TypedOption.of(Path.class, OptionSpec.builder("-f", "--file")
            .paramLabel("FILE").defaultValue("environment.yaml")
            .description("The environment file (default: ${DEFAULT-VALUE})."));

    private final TypedOption<DiagnosticFormat> errorFormat = TypedOption.choice(DiagnosticFormat.class,
            OptionSpec.builder("--error-format").paramLabel("text|github|json").defaultValue("text")
                    .description("How to print problems: text, github (workflow annotations) or json (on stdout)."));

    /** -q, --quiet, for the commands that print something on success. */
    static TypedOption<Boolean> quiet() {
        return TypedOption.flag(OptionSpec.builder("-q", "--quiet")
                .description("Print nothing on success; problems are still reported."));
    }

    /** Adds these options to the command that reads them. */
    InputOptions(CommandSpec command) {
        command.addOption(file.spec()).addOption(errorFormat.spec());
    }

    Path file() {
        return file.value();
    }

    DiagnosticFormat errorFormat() {
        return errorFormat.value();
    }

    /** The file as diagnostics name it: the path as given. */
    String displayName() {
        return file().toString();
    }
}
