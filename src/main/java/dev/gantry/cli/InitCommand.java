package dev.gantry.cli;

import dev.gantry.init.Answers;
import dev.gantry.init.Framework;
import dev.gantry.init.GitAttributes;
import dev.gantry.init.InitChoices;
import dev.gantry.init.InitReport;
import dev.gantry.init.PhpVersions;
import dev.gantry.init.Production;
import dev.gantry.init.ProjectNames;
import dev.gantry.init.Prompter;
import dev.gantry.init.Skeleton;
import dev.gantry.load.SourceFile;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.TypeConversionException;

final class InitCommand implements Callable<Integer> {

    final CommandSpec spec = CommandSpec.wrapWithoutInspection(this);

    private final TypedOption<Path> file = TypedOption.of(Path.class, OptionSpec.builder("-f", "--file")
            .paramLabel("FILE").defaultValue("environment.yaml")
            .description("The file to write (default: ${DEFAULT-VALUE}); the other files go beside it."));

    private final TypedOption<String> name = TypedOption.of(String.class, OptionSpec.builder("--name")
            .paramLabel("<name>").description("Project name (default: from the folder name)."));

    private final TypedOption<String> preset = text("--preset", "<preset>", InitChoices.PRESETS,
            "minimal (app, web, database, cache) or complete (adds search, a worker, an HTTP cache, storage and a"
                    + " mail catcher, and for plain PHP the libraries for them); default minimal.");

    private final TypedOption<String> framework = text("--framework", "<framework>", Framework.ANSWERS,
            "php (plain PHP: init writes composer.json and a front controller), symfony, laravel, drupal, shopware"
                    + " or ibexa (eZ Platform): the document root, worker and installer follow it; default php.");

    private final TypedOption<String> db = text("--db", "<db>", InitChoices.DATABASES,
            "mariadb, mysql, postgresql or mongodb (default mariadb).");

    private final TypedOption<String> cache = text("--cache", "<cache>", InitChoices.CACHES,
            "redis, memcached or none (default redis).");

    private final TypedOption<String> httpCache = text("--http-cache", "<httpCache>", InitChoices.HTTP_CACHES,
            "varnish, disk or none (default: varnish when complete).");

    private final TypedOption<String> storage = text("--storage", "<storage>", InitChoices.STORAGES,
            "s3, nfs or none (default: s3 when complete).");

    private final TypedOption<String> php = text("--php", "<php>", InitChoices.PHP_VERSIONS,
            "PHP version of the base image: 8.1, 8.2, 8.3 or 8.4 (default 8.3).");

    private final TypedOption<List<String>> environments = TypedOption.strings(OptionSpec.builder("--environments")
            .paramLabel("<environments>").splitRegex(",")
            .description("Of dev, qa, staging, prod (default dev,qa,prod)."));

    private final TypedOption<String> production = text("--production", "<production>", Production.ANSWERS,
            "Where prod runs: compose (a Docker host of yours), docker-machine, ecs or platformsh (default compose).");

    /** Null when neither --interactive nor --no-interactive is given. */
    private final TypedOption<Boolean> interactive = TypedOption.of(Boolean.class, OptionSpec.builder("--interactive")
            .negatable(true).description("Ask on the terminal (default: when run on one)."));

    InitCommand() {
        spec.addOption(file.spec()).addOption(name.spec()).addOption(preset.spec()).addOption(framework.spec())
                .addOption(db.spec()).addOption(cache.spec()).addOption(httpCache.spec()).addOption(storage.spec())
                .addOption(php.spec()).addOption(environments.spec()).addOption(production.spec())
                .addOption(interactive.spec());
        spec.usageMessage().description("Start a project: environment.yaml from a few choices, with .gitignore,"
                        + " .dockerignore, a README, the nginx site and, for plain PHP, app/composer.json and a"
                        + " front controller; and the line of .gitattributes that merges Gantry's manifest.",
                "On a terminal it asks, showing the defaults; otherwise it takes the flags. It never overwrites a"
                        + " file: an existing environment.yaml stops it (exit 4), other existing files are kept; it adds its line to an existing .gitattributes.");
    }

    /**
     * A word of {@code answers}, null when not given; another name of one is taken as that word, and
     * anything else is refused as the command line is read (exit 2), with a did-you-mean. Completion
     * offers the words.
     */
    private static TypedOption<String> text(String name, String paramLabel, Answers answers, String description) {
        return TypedOption.of(String.class, OptionSpec.builder(name).paramLabel(paramLabel)
                .completionCandidates(answers.words()).description(description)
                .converters(given -> answers.resolve(given).orElseThrow(() -> new TypeConversionException(
                        given + ": " + answers.hint(given)))));
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
        Flags flags;
        try {
            flags = new Flags();
        } catch (IllegalArgumentException e) {
            err.println("gantry init: " + e.getMessage());
            return ExitCode.USAGE;
        }
        boolean ask = interactive.value() != null ? interactive.value() : System.console() != null;
        InitChoices choices = ask ? flags.ask(new Prompter(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)), out)) : flags.choices();
        Path folder = path.toAbsolutePath().getParent();
        Skeleton skeleton = new Skeleton(choices, folder, path.getFileName().toString());
        Map<String, String> files = skeleton.files();
        Compilation check = Compiler.compile(new SourceFile(path, path.toString(), files.get(
                path.getFileName().toString())), Options.validateOnly());
        if (!check.ok()) {
            throw new IllegalStateException("init made an invalid file: " + check.diagnostics());
        }
        List<String> kept = skeleton.existing(files);
        List<String> written = new ArrayList<>();
        for (Map.Entry<String, String> entry : files.entrySet()) {
            if (kept.contains(entry.getKey())) {
                continue;
            }
            try {
                create(folder.resolve(entry.getKey()), entry.getValue());
                written.add(entry.getKey());
            } catch (FileAlreadyExistsException e) {
                if (written.isEmpty()) {
                    err.println("gantry init: " + path + " appeared while init ran; not overwriting it.");
                    return ExitCode.REFUSED;
                }
                kept.add(entry.getKey());
            }
        }
        if (GitAttributes.ensure(folder)) {
            written.add(".gitattributes");
        }
        new InitReport(out, folder, path.getFileName().toString(), choices).print(written, kept,
                skeleton.skeletonCommands());
        out.println("  " + GitAttributes.CONFIG + "     # once per clone, for merges");
        return ExitCode.OK;
    }

    /**
     * Writes a new file, never over one (CREATE_NEW), readable by all as generated files are: a
     * temporary file would have been private to the user, and a rename keeps that.
     */
    private static void create(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        }
    }

    /** The flags, each checked and turned into the word it stands for; null where not given. */
    private final class Flags {

        private final String presetWord = preset.value();
        private final Framework frameworkWord = Optional.ofNullable(framework.value()).map(Framework::of).orElse(null);
        private final String dbWord = db.value();
        private final String cacheWord = cache.value();
        private final String httpCacheWord = httpCache.value();
        private final String storageWord = storage.value();
        private final String phpWord = php.value();
        private final Production productionWord = Optional.ofNullable(production.value()).map(Production::of)
                .orElse(null);

        Flags() {
            String projectName = name.value();
            if (projectName != null && !ProjectNames.isValid(projectName)) {
                throw new IllegalArgumentException("--name " + projectName + ": use lower-case letters, digits and"
                        + " single hyphens, starting with a letter, at most 40 characters");
            }
            if (!InitChoices.ENVIRONMENTS.containsAll(environments.value())) {
                throw new IllegalArgumentException("--environments: choose from "
                        + String.join(", ", InitChoices.ENVIRONMENTS));
            }
            if (productionWord != null && !environments.value().isEmpty() && !environments.value().contains("prod")) {
                throw new IllegalArgumentException("--production " + production.value() + ": there is no prod"
                        + " environment; add prod to --environments");
            }
            if (frameworkWord != null && phpWord != null && !PhpVersions.atLeast(phpWord, frameworkWord.lowestPhp())) {
                throw new IllegalArgumentException("--php " + phpWord + ": " + frameworkWord.label() + " needs PHP "
                        + frameworkWord.lowestPhp() + " or later");
            }
        }

        InitChoices choices() {
            String p = presetWord != null ? presetWord : "minimal";
            Framework f = frameworkWord != null ? frameworkWord : Framework.PHP;
            return new InitChoices(name.valueOr(folderName()), p, f, dbWord != null ? dbWord : "mariadb",
                    cacheWord != null ? cacheWord : "redis",
                    httpCacheWord != null ? httpCacheWord : InitChoices.defaultHttpCache(p),
                    storageWord != null ? storageWord : InitChoices.defaultStorage(p),
                    phpWord != null ? phpWord : PhpVersions.higher(InitChoices.DEFAULT_PHP, f.lowestPhp()),
                    ordered(environments.value().isEmpty() ? List.of("dev", "qa", "prod") : environments.value()),
                    productionWord != null ? productionWord : Production.COMPOSE);
        }

        InitChoices ask(Prompter prompter) throws IOException {
            InitChoices defaults = choices();
            String n = name.value() != null ? name.value() : prompter.ask("Project name", defaults.name(),
                    ProjectNames::isValid, "lower-case letters, digits and single hyphens");
            String p = presetWord != null ? presetWord : prompter.choose("Preset", InitChoices.PRESETS, "minimal");
            Framework f = frameworkWord != null ? frameworkWord
                    : Framework.of(prompter.choose("Framework or CMS", Framework.ANSWERS, Framework.PHP.id()));
            String d = dbWord != null ? dbWord : prompter.choose("Database", InitChoices.DATABASES, defaults.db());
            String c = cacheWord != null ? cacheWord : prompter.choose("Cache", InitChoices.CACHES, defaults.cache());
            String h = httpCacheWord != null ? httpCacheWord
                    : prompter.choose("HTTP cache", InitChoices.HTTP_CACHES, InitChoices.defaultHttpCache(p));
            String s = storageWord != null ? storageWord
                    : prompter.choose("File storage", InitChoices.STORAGES, InitChoices.defaultStorage(p));
            String v = phpWord != null ? phpWord : prompter.choose("PHP version", PhpVersions.from(f.lowestPhp()),
                    PhpVersions.higher(InitChoices.DEFAULT_PHP, f.lowestPhp()));
            List<String> e = !environments.value().isEmpty() ? environments.value()
                    : prompter.chooseMany("Environments", InitChoices.ENVIRONMENTS, defaults.environments());
            Production r = productionWord != null || !e.contains("prod") ? defaults.production()
                    : Production.of(prompter.choose("Production runs on", Production.ANSWERS,
                            Production.COMPOSE.id()));
            return new InitChoices(n, p, f, d, c, h, s, v, ordered(e), r);
        }
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
}
