package dev.gantry.cli;

import dev.gantry.diag.DiagnosticFormat;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options every command that reads environment.yaml shares. */
public final class InputOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "environment.yaml",
            description = "The environment file (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--error-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print problems: text, github (workflow annotations) or json (on stdout).",
            converter = ErrorFormatConverter.class)
    DiagnosticFormat errorFormat;

    /** The file as diagnostics name it: the path as given. */
    String displayName() {
        return file.toString();
    }

    static final class ErrorFormatConverter implements picocli.CommandLine.ITypeConverter<DiagnosticFormat> {
        @Override
        public DiagnosticFormat convert(String value) {
            return switch (value) {
                case "text" -> DiagnosticFormat.TEXT;
                case "github" -> DiagnosticFormat.GITHUB;
                case "json" -> DiagnosticFormat.JSON;
                default -> throw new picocli.CommandLine.TypeConversionException(
                        "expected text, github or json, not '" + value + "'");
            };
        }
    }
}
