package dev.gantry.cli;

import dev.gantry.util.Profile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

public final class Main implements Runnable {

    /** The commands, in the order help lists them; {@link #command} makes each one. */
    private static final List<String> COMMANDS = List.of("init", "validate", "generate", "diff", "schema", "catalog",
            "generate-completion");

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("gantry")
            .versionProvider(new Version());

    private Main() {
        // the options mixinStandardHelpOptions(true) adds, which it reads from the annotations of a picocli class
        spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                .description("Show this help message and exit.").build());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        spec.usageMessage()
                .description("Describe your container environments once in environment.yaml;"
                        + " generate every deployment file from it.")
                .footer("", "Exit codes:", "  0   success",
                        "  1   the environment file is invalid (diagnostics say where and why)",
                        "  2   bad command line",
                        "  3   --check: generated files are stale, missing or no longer generated",
                        "  4   refused to overwrite a file: a hand-edited generated file, a file",
                        "      Gantry did not write, a symbolic link in the output folder, or an",
                        "      existing file for init",
                        "  70  internal error: a bug in Gantry, please report it",
                        "  74  the output folder could not be read or written");
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        Profile.mainEntered();
        Preload.start(args);
        int code = run(args, new PrintWriter(System.out), new PrintWriter(System.err));
        Profile.report(System.err);
        System.exit(code);
    }

    /**
     * A switch, not a map of constructor references: each reference is linked at start-up, used or not.
     * The completion command is picocli's, declared with annotations that it reads here.
     */
    private static CommandSpec command(String name) {
        return switch (name) {
            case "init" -> new InitCommand().spec;
            case "validate" -> new ValidateCommand().spec;
            case "generate" -> new GenerateCommand().spec;
            case "diff" -> new DiffCommand().spec;
            case "schema" -> new SchemaCommand().spec;
            case "catalog" -> new CatalogCommand().spec;
            case "generate-completion" -> CommandSpec.forAnnotatedObject(new AutoComplete.GenerateCompletion());
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /**
     * Each command made costs start-up time (its options, its usage message, picocli's checks of
     * them): a command line that names a command gets only that one; any other (help, a mistyped
     * command, the completion script, which lists them all) gets them all.
     */
    private static void addCommands(CommandLine cli, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        for (String name : COMMANDS) {
            if (!COMMANDS.contains(first) || first.equals("generate-completion") || name.equals(first)) {
                cli.addSubcommand(name, command(name));
            }
        }
    }

    /** Runs the CLI with the given streams; what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("slf4j.internal.verbosity", "ERROR");
        CommandLine cli = new CommandLine(new Main().spec);
        addCommands(cli, args);
        cli.setOut(out)
                .setErr(err)
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, commandLine, parseResult) -> {
                    StringWriter trace = new StringWriter();
                    e.printStackTrace(new PrintWriter(trace));
                    commandLine.getErr().println("gantry: internal error, this is a bug in Gantry."
                            + " Please report it with the input that caused it.\n" + trace);
                    commandLine.getErr().flush();
                    return ExitCode.BUG;
                });
        if (cli.getSubcommands().containsKey("generate-completion")) {
            cli.getSubcommands().get("generate-completion").getCommandSpec().usageMessage().hidden(false);
        }
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }
}
