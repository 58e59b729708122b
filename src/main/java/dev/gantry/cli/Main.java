package dev.gantry.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.AutoComplete;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

public final class Main implements Runnable {

    /** The commands, in the order help lists them; {@link #command} makes each one. */
    private static final List<String> COMMANDS = List.of("init", "import", "validate", "generate", "diff", "graph",
            "outdated", "upgrade", "schema", "catalog", "merge-manifest", "generate-completion", "help");

    /** The commands that need every other one: help describes them, the completion script lists them. */
    private static final List<String> ABOUT_ALL = List.of("generate-completion", "help");

    private final CommandSpec spec = CommandSpec.wrapWithoutInspection(this).name("gantry")
            .versionProvider(new Version());

    private Main() {
        // the options mixinStandardHelpOptions(true) adds, which it reads from the annotations of a picocli class
        spec.addOption(helpOption());
        spec.addOption(OptionSpec.builder("-V", "--version").versionHelp(true)
                .description("Print version information and exit.").build());
        spec.usageMessage()
                .description("Describe your container environments once in environment.yaml;"
                        + " generate every deployment file from it.")
                .footer("", "Exit codes:", "  0   success",
                        "  1   the environment file is invalid (diagnostics say where and why)",
                        "  2   bad command line",
                        "  3   a check found something to act on: generated files are stale, missing",
                        "      or no longer generated (generate --check); a pinned version is past",
                        "      its end of life (outdated)",
                        "  4   refused to overwrite a file: a hand-edited generated file, a file",
                        "      Gantry did not write, a symbolic link in the output folder, or an",
                        "      existing file for init or import",
                        "  5   import --verify: a setting of the imported files is not carried",
                        "  70  internal error: a bug in Gantry, please report it",
                        "  74  the output folder could not be read or written");
    }

    /** -h, --help, which every command takes. */
    private static OptionSpec helpOption() {
        return OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help message and exit.")
                .build();
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
    }

    public static void main(String[] args) {
        int code = run(args, new PrintWriter(System.out), new PrintWriter(System.err));
        System.exit(code);
    }

    /**
     * A switch, not a map of constructor references: each reference is linked at start-up, used or not.
     * The completion and help commands are picocli's, declared with annotations that it reads here;
     * they take -h and --help already, and each of Gantry's gets them here.
     */
    private static CommandSpec command(String name) {
        return switch (name) {
            case "generate-completion" -> CommandSpec.forAnnotatedObject(new AutoComplete.GenerateCompletion());
            case "help" -> CommandSpec.forAnnotatedObject(new CommandLine.HelpCommand());
            default -> gantryCommand(name).addOption(helpOption());
        };
    }

    private static CommandSpec gantryCommand(String name) {
        return switch (name) {
            case "init" -> new InitCommand().spec;
            case "import" -> new ImportCommand().spec;
            case "validate" -> new ValidateCommand().spec;
            case "generate" -> new GenerateCommand().spec;
            case "diff" -> new DiffCommand().spec;
            case "graph" -> new GraphCommand().spec;
            case "outdated" -> new OutdatedCommand().spec;
            case "upgrade" -> new UpgradeCommand().spec;
            case "schema" -> new SchemaCommand().spec;
            case "catalog" -> new CatalogCommand().spec;
            case "merge-manifest" -> new MergeManifestCommand().spec;
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    /**
     * Each command made costs start-up time (its options, its usage message, picocli's checks of
     * them): a command line that names a command gets only that one; any other (--help, a mistyped
     * command) and the commands about all of them get them all.
     */
    private static void addCommands(CommandLine cli, String[] args) {
        String first = args.length > 0 ? args[0] : "";
        boolean all = !COMMANDS.contains(first) || ABOUT_ALL.contains(first);
        for (String name : COMMANDS) {
            if (all || name.equals(first)) {
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
