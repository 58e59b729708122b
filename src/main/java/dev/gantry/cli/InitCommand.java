package dev.gantry.cli;

import dev.gantry.init.InitChoices;
import dev.gantry.init.ProjectNames;
import dev.gantry.init.Prompter;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.target.ArtifactFormat;
import dev.gantry.target.ArtifactPlan;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "init", description = {
    "Write a new environment.yaml from a few choices, and nothing else.",
    "On a terminal it asks, showing the defaults; otherwise it takes the flags. It never overwrites a file."})
final class InitCommand implements Callable<Integer> {

    @Option(names = {"-f", "--file"}, paramLabel = "FILE", defaultValue = "environment.yaml",
            description = "The file to write (default: ${DEFAULT-VALUE}).")
    Path file;

    @Option(names = "--name", description = "Project name (default: from the folder name).")
    String name;

    @Option(names = "--preset", description = "minimal (app, web, database, cache) or complete (adds search,"
            + " a worker, an HTTP cache, storage and a mail catcher); default minimal.")
    String preset;

    @Option(names = "--db", description = "mariadb, mysql, postgresql or mongodb (default mariadb).")
    String db;

    @Option(names = "--cache", description = "redis, memcached or none (default redis).")
    String cache;

    @Option(names = "--http-cache", description = "varnish, disk or none (default: varnish when complete).")
    String httpCache;

    @Option(names = "--storage", description = "s3, nfs or none (default: s3 when complete).")
    String storage;

    @Option(names = "--php", description = "PHP version of the base image: 8.1, 8.2, 8.3 or 8.4 (default 8.3).")
    String php;

    @Option(names = "--environments", split = ",", description = "Of dev, qa, staging, prod (default dev,qa,prod).")
    List<String> environments;

    @Option(names = "--interactive", negatable = true,
            description = "Ask on the terminal (default: when run on one).")
    Boolean interactive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(file)) {
            err.println("gantry init: " + file + " already exists; init never overwrites a file.");
            err.println("  hint: edit it, or run init in another folder");
            return ExitCode.HAND_EDITED;
        }
        Optional<String> wrong = checkFlags();
        if (wrong.isPresent()) {
            err.println("gantry init: " + wrong.get());
            return ExitCode.USAGE;
        }
        boolean ask = interactive != null ? interactive : System.console() != null;
        InitChoices choices = ask ? askAll(new Prompter(new BufferedReader(new InputStreamReader(System.in,
                StandardCharsets.UTF_8)), out)) : fromFlags();
        String text = new TemplateRenderer(Optional.empty()).render(new ArtifactPlan("environment.yaml",
                "init/environment.yaml.ftl", Map.of("c", choices, "versions", versions()), ArtifactFormat.YAML,
                "gantry init")).content();
        Path target = file.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".environment.", ".yaml.tmp");
        try {
            Files.writeString(temp, text);
            Compilation check = Compiler.compile(temp, file.toString(), Options.validateOnly());
            if (!check.ok()) {
                throw new IllegalStateException("init wrote an invalid file: " + check.diagnostics());
            }
            Files.move(temp, target);
        } catch (FileAlreadyExistsException e) {
            err.println("gantry init: " + file + " appeared while init ran; not overwriting it.");
            return ExitCode.HAND_EDITED;
        } finally {
            Files.deleteIfExists(temp);
        }
        out.println("Wrote " + file + ". Next:");
        out.println("  gantry generate -f " + file + "     # write the Dockerfiles, compose files and ./dk");
        out.println("  cp .env.example .env && ./dk build && ./dk start");
        out.flush();
        return ExitCode.OK;
    }

    private Optional<String> checkFlags() {
        if (name != null && !ProjectNames.isValid(name)) {
            return Optional.of("--name " + name + ": use lower-case letters, digits and single hyphens,"
                    + " starting with a letter, at most 40 characters");
        }
        return check("--preset", preset, InitChoices.PRESETS).or(() -> check("--db", db, InitChoices.DATABASES))
                .or(() -> check("--cache", cache, InitChoices.CACHES))
                .or(() -> check("--http-cache", httpCache, InitChoices.HTTP_CACHES))
                .or(() -> check("--storage", storage, InitChoices.STORAGES))
                .or(() -> check("--php", php, InitChoices.PHP_VERSIONS))
                .or(() -> environments == null || environments.isEmpty()
                        || InitChoices.ENVIRONMENTS.containsAll(environments) ? Optional.empty()
                        : Optional.of("--environments: choose from " + String.join(", ", InitChoices.ENVIRONMENTS)));
    }

    private static Optional<String> check(String flag, String value, List<String> allowed) {
        return value == null || allowed.contains(value) ? Optional.empty()
                : Optional.of(flag + " " + value + ": choose one of " + String.join(", ", allowed));
    }

    private InitChoices fromFlags() {
        String p = preset != null ? preset : "minimal";
        return new InitChoices(name != null ? name : folderName(), p, db != null ? db : "mariadb",
                cache != null ? cache : "redis", httpCache != null ? httpCache : InitChoices.defaultHttpCache(p),
                storage != null ? storage : InitChoices.defaultStorage(p), php != null ? php : "8.3",
                ordered(environments != null && !environments.isEmpty() ? environments : List.of("dev", "qa", "prod")));
    }

    private InitChoices askAll(Prompter prompter) throws java.io.IOException {
        InitChoices defaults = fromFlags();
        String n = name != null ? name : prompter.ask("Project name", defaults.name(), ProjectNames::isValid,
                "lower-case letters, digits and single hyphens");
        String p = preset != null ? preset : prompter.choose("Preset", InitChoices.PRESETS, defaults.preset());
        String d = db != null ? db : prompter.choose("Database", InitChoices.DATABASES, defaults.db());
        String c = cache != null ? cache : prompter.choose("Cache", InitChoices.CACHES, defaults.cache());
        String h = httpCache != null ? httpCache
                : prompter.choose("HTTP cache", InitChoices.HTTP_CACHES, InitChoices.defaultHttpCache(p));
        String s = storage != null ? storage
                : prompter.choose("File storage", InitChoices.STORAGES, InitChoices.defaultStorage(p));
        String v = php != null ? php : prompter.choose("PHP version", InitChoices.PHP_VERSIONS, defaults.php());
        List<String> e = environments != null && !environments.isEmpty() ? environments
                : prompter.chooseMany("Environments", InitChoices.ENVIRONMENTS, defaults.environments());
        return new InitChoices(n, p, d, c, h, s, v, ordered(e));
    }

    /** Environments in their natural order, whatever order they were given in. */
    private static List<String> ordered(List<String> chosen) {
        return InitChoices.ENVIRONMENTS.stream().filter(chosen::contains).toList();
    }

    private String folderName() {
        Path folder = file.toAbsolutePath().getParent();
        return ProjectNames.fromFolder(folder == null || folder.getFileName() == null ? "app"
                : folder.getFileName().toString());
    }

    private static Map<String, String> versions() {
        return InitChoices.VERSIONS;
    }
}
