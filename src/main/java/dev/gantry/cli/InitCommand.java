package dev.gantry.cli;

import dev.gantry.init.GitAttributes;
import dev.gantry.init.InitChoices;
import dev.gantry.init.ProjectNames;
import dev.gantry.init.Prompter;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

final class InitCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final TypedOption<Path> file = TypedOption.of(Path.class, OptionSpec.builder("-f", "--file")
            .paramLabel("FILE").defaultValue("environment.yaml")
            .description("The file to write (default: ${DEFAULT-VALUE})."));

    private final TypedOption<String> name = text("--name", "<name>",
            "Project name (default: from the folder name).");

    private final TypedOption<String> preset = text("--preset", "<preset>", "minimal (app, web, database, cache)"
            + " or complete (adds search, a worker, an HTTP cache, storage and a mail catcher); default minimal.");

    private final TypedOption<String> db = text("--db", "<db>",
            "mariadb, mysql, postgresql or mongodb (default mariadb).");

    private final TypedOption<String> cache = text("--cache", "<cache>", "redis, memcached or none (default redis).");

    private final TypedOption<String> httpCache = text("--http-cache", "<httpCache>",
            "varnish, disk or none (default: varnish when complete).");

    private final TypedOption<String> storage = text("--storage", "<storage>",
            "s3, nfs or none (default: s3 when complete).");

    private final TypedOption<String> php = text("--php", "<php>",
            "PHP version of the base image: 8.1, 8.2, 8.3 or 8.4 (default 8.3).");

    private final TypedOption<List<String>> environments = TypedOption.strings(OptionSpec.builder("--environments")
            .paramLabel("<environments>").splitRegex(",")
            .description("Of dev, qa, staging, prod (default dev,qa,prod)."));

    /** Null when neither --interactive nor --no-interactive is given. */
    private final TypedOption<Boolean> interactive = TypedOption.of(Boolean.class, OptionSpec.builder("--interactive")
            .negatable(true).description("Ask on the terminal (default: when run on one)."));

    InitCommand() {
        spec.addOption(file.spec()).addOption(name.spec()).addOption(preset.spec()).addOption(db.spec())
                .addOption(cache.spec()).addOption(httpCache.spec()).addOption(storage.spec()).addOption(php.spec())
                .addOption(environments.spec()).addOption(interactive.spec());
        spec.usageMessage().description("Write a new environment.yaml from a few choices, and the line of"
                + " .gitattributes that merges Gantry's manifest.",
                "On a terminal it asks, showing the defaults; otherwise it takes the flags."
                        + " It never overwrites a file; it adds its line to an existing .gitattributes.");
    }

    /** A word, null when not given; labelled `<fieldName>`, picocli's default style, as the help always showed it. */
    private static TypedOption<String> text(String name, String paramLabel, String description) {
        return TypedOption.of(String.class, OptionSpec.builder(name).paramLabel(paramLabel).description(description));
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path path = file.value();
        if (Files.exists(path)) {
            err.println("gantry init: " + path + " already exists; init never overwrites a file.");
            err.println("  hint: edit it, or run init in another folder");
            return ExitCode.REFUSED;
        }
        Optional<String> wrong = checkFlags();
        if (wrong.isPresent()) {
            err.println("gantry init: " + wrong.get());
            return ExitCode.USAGE;
        }
        boolean ask = interactive.value() != null ? interactive.value() : System.console() != null;
        InitChoices choices = ask ? askAll(new Prompter(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)), out)) : fromFlags();
        String text = new TemplateRenderer(Optional.empty()).render(new ArtifactPlan("environment.yaml",
                "init/environment.yaml.ftl", Map.of("c", choices, "versions", versions()), ArtifactFormat.YAML,
                "gantry init")).content();
        Path target = path.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".environment.", ".yaml.tmp");
        try {
            Files.writeString(temp, text);
            Compilation check = Compiler.compile(temp, path.toString(), Options.validateOnly());
            if (!check.ok()) {
                throw new IllegalStateException("init wrote an invalid file: " + check.diagnostics());
            }
            Files.move(temp, target);
        } catch (FileAlreadyExistsException e) {
            err.println("gantry init: " + path + " appeared while init ran; not overwriting it.");
            return ExitCode.REFUSED;
        } finally {
            Files.deleteIfExists(temp);
        }
        boolean attributes = GitAttributes.ensure(target.getParent());
        out.println("Wrote " + path + (attributes ? " and a line of .gitattributes that merges Gantry's manifest"
                + " with `gantry merge-manifest`" : "") + ". Next:");
        out.println("  gantry generate -f " + path + "     # write the Dockerfiles, compose files and ./dk");
        out.println("  cp .env.example .env && ./dk build && ./dk start");
        out.println("  " + GitAttributes.CONFIG + "     # once per clone, for merges");
        out.flush();
        return ExitCode.OK;
    }

    private Optional<String> checkFlags() {
        String projectName = name.value();
        if (projectName != null && !ProjectNames.isValid(projectName)) {
            return Optional.of("--name " + projectName + ": use lower-case letters, digits and single hyphens,"
                    + " starting with a letter, at most 40 characters");
        }
        return check("--preset", preset.value(), InitChoices.PRESETS)
                .or(() -> check("--db", db.value(), InitChoices.DATABASES))
                .or(() -> check("--cache", cache.value(), InitChoices.CACHES))
                .or(() -> check("--http-cache", httpCache.value(), InitChoices.HTTP_CACHES))
                .or(() -> check("--storage", storage.value(), InitChoices.STORAGES))
                .or(() -> check("--php", php.value(), InitChoices.PHP_VERSIONS))
                .or(() -> InitChoices.ENVIRONMENTS.containsAll(environments.value()) ? Optional.empty()
                        : Optional.of("--environments: choose from " + String.join(", ", InitChoices.ENVIRONMENTS)));
    }

    private static Optional<String> check(String flag, String value, List<String> allowed) {
        return value == null || allowed.contains(value) ? Optional.empty()
                : Optional.of(flag + " " + value + ": choose one of " + String.join(", ", allowed));
    }

    private InitChoices fromFlags() {
        String p = preset.valueOr("minimal");
        return new InitChoices(name.valueOr(folderName()), p, db.valueOr("mariadb"), cache.valueOr("redis"),
                httpCache.valueOr(InitChoices.defaultHttpCache(p)), storage.valueOr(InitChoices.defaultStorage(p)),
                php.valueOr("8.3"), ordered(environments.value().isEmpty() ? List.of("dev", "qa", "prod")
                        : environments.value()));
    }

    private InitChoices askAll(Prompter prompter) throws java.io.IOException {
        InitChoices defaults = fromFlags();
        String n = name.value() != null ? name.value() : prompter.ask("Project name", defaults.name(),
                ProjectNames::isValid, "lower-case letters, digits and single hyphens");
        String p = preset.value() != null ? preset.value()
                : prompter.choose("Preset", InitChoices.PRESETS, defaults.preset());
        String d = db.value() != null ? db.value() : prompter.choose("Database", InitChoices.DATABASES, defaults.db());
        String c = cache.value() != null ? cache.value()
                : prompter.choose("Cache", InitChoices.CACHES, defaults.cache());
        String h = httpCache.value() != null ? httpCache.value()
                : prompter.choose("HTTP cache", InitChoices.HTTP_CACHES, InitChoices.defaultHttpCache(p));
        String s = storage.value() != null ? storage.value()
                : prompter.choose("File storage", InitChoices.STORAGES, InitChoices.defaultStorage(p));
        String v = php.value() != null ? php.value()
                : prompter.choose("PHP version", InitChoices.PHP_VERSIONS, defaults.php());
        List<String> e = !environments.value().isEmpty() ? environments.value()
                : prompter.chooseMany("Environments", InitChoices.ENVIRONMENTS, defaults.environments());
        return new InitChoices(n, p, d, c, h, s, v, ordered(e));
    }

    /** Environments in their natural order, whatever order they were given in. */
    private static List<String> ordered(List<String> chosen) {
        return InitChoices.ENVIRONMENTS.stream().filter(chosen::contains).toList();
    }

    private String folderName() {
        Path folder = file.value().toAbsolutePath().getParent();
        return ProjectNames.fromFolder(folder == null || folder.getFileName() == null ? "app"
                : folder.getFileName().toString());
    }

    private static Map<String, String> versions() {
        return InitChoices.VERSIONS;
    }
}
