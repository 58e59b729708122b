package dev.gantry.cli;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.DiagnosticFormat;
import dev.gantry.importer.ImportRequest;
import dev.gantry.importer.ImportResult;
import dev.gantry.importer.Importer;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Names;
import dev.gantry.importer.SourceKind;
import dev.gantry.importer.TrialCompile;
import dev.gantry.importer.verify.Verification;
import dev.gantry.importer.verify.Verifier;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Options;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * {@code gantry import}: writes environment.yaml from a project's compose files, Dockerfiles and
 * Platform.sh or Upsun configuration; with {@code --verify}, generates from it into a temporary
 * folder and compares the result with the originals, setting by setting.
 */
final class ImportCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final TypedOption<Path> output = TypedOption.of(Path.class, OptionSpec.builder("-o", "--output")
            .paramLabel("FILE").description("The file to write (default: environment.yaml in the folder of the"
                    + " first file given)."));

    private final TypedOption<String> name = TypedOption.of(String.class, OptionSpec.builder("--name")
            .paramLabel("NAME").description("Project name (default: from the folder of the file written)."));

    private final TypedOption<List<String>> environments = TypedOption.strings(OptionSpec.builder("--env")
            .paramLabel("NAME").description("The files after it are environment NAME's (repeatable); files before"
                    + " any --env belong to every environment."));

    private final TypedOption<Boolean> force = TypedOption.flag(OptionSpec.builder("--force")
            .description("Overwrite an existing file."));

    private final TypedOption<Boolean> verify = TypedOption.flag(OptionSpec.builder("--verify")
            .description("Generate into a temporary folder and compare with the originals; writes environment.yaml"
                    + " only when -o is given. Exit 5 when a setting is not carried."));

    private final PositionalParamSpec files = PositionalParamSpec.builder().paramLabel("FILE").arity("0..*")
            .type(List.class).auxiliaryTypes(String.class).initialValue(List.of())
            .description("Compose files (overlays in order), Dockerfiles, Platform.sh or Upsun files, or folders"
                    + " holding them.").build();

    ImportCommand() {
        spec.addOption(output.spec()).addOption(name.spec()).addOption(environments.spec()).addOption(force.spec())
                .addOption(verify.spec()).addPositional(files);
        spec.usageMessage().description("Write environment.yaml from existing compose files, Dockerfiles and"
                + " Platform.sh or Upsun configuration.", "Each setting is carried as it is, in another form"
                + " with the same effect, or reported where it stands with the reason it is not carried.");
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        List<ImportRequest.Group> groups = groups(spec.commandLine().getParseResult().originalArgs());
        if (groups.stream().allMatch(g -> g.files().isEmpty())) {
            err.println("gantry import: give the files to import, e.g. `gantry import docker-compose.yml`");
            return ExitCode.USAGE;
        }
        if (name.value() != null && !Names.isValid(name.value())) {
            err.println("gantry import: --name " + name.value() + ": use lower-case letters, digits and single"
                    + " hyphens, starting with a letter, at most 40 characters");
            return ExitCode.USAGE;
        }
        Path file = output.valueOr(defaultOutput(groups));
        boolean write = !verify.value() || output.value() != null;
        if (write && Files.exists(file) && !force.value()) {
            err.println("gantry import: " + file + " already exists; import overwrites it only with --force.");
            return ExitCode.REFUSED;
        }
        ImportResult result;
        try {
            result = Importer.run(new ImportRequest(groups, file, Optional.ofNullable(name.value())));
        } catch (InputError e) {
            err.println(e.describe());
            return ExitCode.INVALID;
        }
        err.print(DiagnosticFormat.TEXT.format(result.context().findings().warnings()));
        err.flush();
        Optional<Integer> invalid = check(result, file, err);
        if (invalid.isPresent()) {
            return invalid.get();
        }
        if (write) {
            writeFile(file, result.yaml());
            out.println("Wrote " + file + ". Review its comments, then run `gantry generate -f " + file + "`.");
        }
        if (verify.value()) {
            Verification verification = Verifier.verify(result, file);
            out.print(verification.table());
            out.flush();
            return verification.complete() ? ExitCode.OK : ExitCode.NOT_CARRIED;
        }
        out.flush();
        return ExitCode.OK;
    }

    /** environment.yaml in the folder of the first file given (or the folder given), where the project is. */
    private static Path defaultOutput(List<ImportRequest.Group> groups) {
        Path first = groups.stream().flatMap(g -> g.files().stream()).findFirst().orElseThrow();
        Path folder = Files.isDirectory(first) ? first : first.toAbsolutePath().getParent();
        if (SourceKind.of(first).isPlatform() && folder.getFileName() != null
                && List.of(".platform", ".upsun").contains(folder.getFileName().toString())) {
            folder = folder.getParent();
        }
        Path relative = Path.of("").toAbsolutePath().relativize(folder.toAbsolutePath());
        return relative.toString().isEmpty() ? Path.of("environment.yaml") : relative.resolve("environment.yaml");
    }

    /**
     * The written file must be valid. Where Gantry would refuse what import made of a setting, that
     * setting is not carried: it is reported (exit 1, nothing written) rather than written wrong.
     */
    private static Optional<Integer> check(ImportResult result, Path file, PrintWriter err) throws Exception {
        Compilation check = TrialCompile.compile(result.yaml(), file, Options.validateOnly());
        if (!check.ok()) {
            err.println("gantry import: error: import cannot carry these settings in a form Gantry accepts; nothing"
                    + " was written:");
            check.diagnostics().stream().filter(Diagnostic::isError).forEach(d -> err.println("  " + d.file() + ":"
                    + d.position() + ": " + d.message()));
            err.println("  hint: change these settings in the files imported (or leave them out) and import again;"
                    + " import should have said this itself: please report it with the files imported");
            err.flush();
            return Optional.of(ExitCode.INVALID);
        }
        return Optional.empty();
    }

    private void writeFile(Path file, String text) throws IOException {
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".environment.", ".yaml.tmp");
        try {
            Files.writeString(temp, text);
            if (force.value()) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } else {
                Files.move(temp, target);
            }
        } catch (FileAlreadyExistsException e) {
            throw new IOException(file + " appeared while import ran; not overwriting it", e);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The files of each {@code --env} group, in the order given: picocli keeps options and positional
     * files apart, so the groups are read from the command line as typed.
     */
    static List<ImportRequest.Group> groups(List<String> args) {
        List<ImportRequest.Group> groups = new ArrayList<>();
        Optional<String> current = Optional.empty();
        List<Path> files = new ArrayList<>();
        boolean optionsEnded = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (i == 0 && arg.equals("import")) {
                continue;
            }
            if (!optionsEnded && (arg.equals("--env") || arg.startsWith("--env="))) {
                groups.add(new ImportRequest.Group(current, List.copyOf(files)));
                files.clear();
                current = Optional.of(arg.startsWith("--env=") ? arg.substring(6) : args.get(++i));
            } else if (!optionsEnded && (arg.equals("-o") || arg.equals("--output") || arg.equals("--name"))) {
                i++;
            } else if (!optionsEnded && arg.equals("--")) {
                optionsEnded = true;
            } else if (optionsEnded || !arg.startsWith("-")) {
                files.add(Path.of(arg));
            }
        }
        groups.add(new ImportRequest.Group(current, List.copyOf(files)));
        return groups;
    }
}
