package dev.gantry.cli;

import dev.gantry.diag.DiagnosticFormat;
import java.nio.file.Path;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** Options every command that reads environment.yaml shares. */
public final class InputOptions {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "environment.yaml",
            description = "The environment file (default: ${DEFAULT-VALUE}).")
    private Path file;

    @Option(names = "--error-format", paramLabel = "FORMAT", defaultValue = "text",
            description = "How to print problems: text, github (workflow annotations) or json (on stdout).",
            converter = ErrorFormatConverter.class)
    private DiagnosticFormat errorFormat;

    Path file() {
        return file;
    }

    DiagnosticFormat errorFormat() {
        return errorFormat;
    }

    String displayName() {
        return file().toString();
    }

    static final class ErrorFormatConverter implements ITypeConverter<DiagnosticFormat> {
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
