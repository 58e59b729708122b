package dev.gantry.cli;

import dev.gantry.diag.DiagnosticFormat;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

/** Options every command that reads environment.yaml shares. */
public final class InputOptions {

    private final TypedOption<Path> file = TypedOption.of(Path.class, OptionSpec.builder("-f", "--file")
            .paramLabel("FILE").defaultValue("environment.yaml")
            .description("The environment file (default: ${DEFAULT-VALUE})."));

    private final TypedOption<DiagnosticFormat> errorFormat = TypedOption.of(DiagnosticFormat.class,
            OptionSpec.builder("--error-format").paramLabel("FORMAT").defaultValue("text")
                    .description("How to print problems: text, github (workflow annotations) or json (on stdout).")
                    .converters(new ErrorFormatConverter()));

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

    private static final class ErrorFormatConverter implements ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            return switch (value) {
                case "text" -> DiagnosticFormat.TEXT;
                case "github" -> DiagnosticFormat.GITHUB;
                case "json" -> DiagnosticFormat.JSON;
                default -> throw new TypeConversionException("expected text, github or json, not '" + value + "'");
            };
        }
    }
}
