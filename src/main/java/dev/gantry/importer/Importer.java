package dev.gantry.importer;

import dev.gantry.diag.Problem;
import dev.gantry.importer.compose.ComposeLoader;
import dev.gantry.importer.compose.ComposeProject;
import dev.gantry.importer.compose.ComposeResolver;
import dev.gantry.importer.compose.EnvironmentDraft;
import dev.gantry.importer.compose.EnvironmentImport;
import dev.gantry.importer.compose.ResolvedCompose;
import dev.gantry.importer.dockerfile.DockerfileImporter;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.platformsh.PlatformConfig;
import dev.gantry.importer.platformsh.PlatformImport;
import dev.gantry.importer.platformsh.PlatformImporter;
import dev.gantry.init.ProjectNames;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code gantry import}: reads compose files (per environment, overlays in order), Dockerfiles and a
 * Platform.sh or Upsun configuration, and writes the environment.yaml that says the same. Every
 * setting read is in the findings: carried identically, in another form, or not carried and why.
 */
public final class Importer {

    private final ImportRequest request;
    private final ImportContext context;
    private final DockerfileImporter dockerfiles;

    private Importer(ImportRequest request) {
        this.request = request;
        this.context = new ImportContext(request.output().toAbsolutePath().getParent());
        this.dockerfiles = new DockerfileImporter(context);
    }

    public static ImportResult run(ImportRequest request) throws InputError {
        return new Importer(request).run();
    }

    private ImportResult run() throws InputError {
        String project = request.projectName().orElseGet(() -> ProjectNames.fromFolder(
                String.valueOf(context.outputFolder().getFileName())));
        Map<String, List<Path>> environments = environments();
        Map<String, EnvironmentDraft> drafts = new LinkedHashMap<>();
        Map<String, ResolvedCompose> composes = new LinkedHashMap<>();
        Map<String, List<String>> sources = new LinkedHashMap<>();
        Optional<PlatformImport> platform = Optional.empty();
        Map<String, DraftMap> platformSettings = new LinkedHashMap<>();
        List<DockerfileImporter.Imported> readDockerfiles = new ArrayList<>();
        for (Map.Entry<String, List<Path>> env : environments.entrySet()) {
            String name = env.getKey();
            List<Path> compose = new ArrayList<>();
            List<Path> platformFiles = new ArrayList<>();
            for (Path file : env.getValue()) {
                switch (SourceKind.of(file)) {
                    case COMPOSE -> compose.add(file);
                    case DOCKERFILE -> readDockerfiles.add(dockerfiles.read(file, display(file),
                            context.relative(file.toAbsolutePath().getParent()), dockerfileImage(file), null,
                            Map.of()));
                    default -> platformFiles.add(file);
                }
            }
            sources.put(name, env.getValue().stream().map(Importer::display).toList());
            if (!compose.isEmpty()) {
                ComposeProject loaded = ComposeLoader.load(compose, compose.stream().map(Importer::display).toList(),
                        null);
                loaded.unset().forEach(u -> context.findings().warn(u.origin(), Problem.IMPORT_UNSET_VARIABLE,
                        u.variable()));
                loaded.substitutions().entrySet().stream().filter(s -> s.getValue().variables()
                        .contains(ComposeLoader.PWD)).findFirst().filter(s -> loaded.dotEnv().get(ComposeLoader.PWD)
                        .isEmpty()).ifPresent(s -> context.findings().warn(s.getKey(), Problem.IMPORT_PWD,
                        display(loaded.folder())));
                ResolvedCompose resolved = ComposeResolver.resolve(loaded);
                composes.put(name, resolved);
                drafts.put(name, new EnvironmentImport(name, context, resolved, dockerfiles, project).run());
            }
            if (!platformFiles.isEmpty()) {
                PlatformConfig config = PlatformConfig.read(platformFiles, platformFiles.stream()
                        .map(Importer::display).toList());
                PlatformImporter.Drafts imported = PlatformImporter.run(name, context, config);
                platform = Optional.of(imported.imported());
                if (imported.rendered()) {
                    platformSettings.put(name, imported.settings());
                    drafts.put(name, new EnvironmentDraft(name, "prod", imported.services(), new dev.gantry.importer.draft.DraftMap(),
                            imported.imported().renamed()));
                }
            }
        }
        readDockerfiles.addAll(dockerfiles.all());
        Map<String, Map<String, String>> renamed = new LinkedHashMap<>();
        drafts.forEach((n, d) -> renamed.put(n, d.renamed()));
        String yaml = new ProjectDraft(context, project, drafts, platformSettings, sources).write();
        return new ImportResult(yaml, context, composes, renamed, List.copyOf(readDockerfiles.stream().distinct()
                .toList()), platform);
    }

    /**
     * The files of each environment: a group's files after those given before any {@code --env}; a
     * Platform.sh or Upsun configuration given with compose files forms an environment `platform` of
     * its own (Platform.sh runs no compose services). A folder stands for the compose file in it (with
     * its override file, as compose reads them by default) and its Platform.sh or Upsun files; the
     * folder {@code .platform} for the files in it, {@code .upsun} for its config.yaml.
     */
    private Map<String, List<Path>> environments() throws InputError {
        List<Path> common = new ArrayList<>();
        Map<String, List<Path>> out = new LinkedHashMap<>();
        for (ImportRequest.Group group : request.groups()) {
            List<Path> files = new ArrayList<>();
            for (Path file : group.files()) {
                expand(file).stream().filter(f -> !files.contains(f)).forEach(files::add);
            }
            if (group.name().isEmpty()) {
                common.addAll(files);
            } else {
                String name = group.name().get();
                if (!Names.isValid(name)) {
                    throw new InputError(Origin.of("--env " + name), Problem.IMPORT_ENVIRONMENT_NAME, name);
                }
                out.computeIfAbsent(name, n -> new ArrayList<>()).addAll(files);
            }
        }
        if (out.isEmpty()) {
            boolean platformOnly = common.stream().anyMatch(f -> SourceKind.of(f).isPlatform())
                    && common.stream().noneMatch(f -> SourceKind.of(f) == SourceKind.COMPOSE);
            out.put(platformOnly ? "platform" : "dev", new ArrayList<>());
        }
        Map<String, List<Path>> result = new LinkedHashMap<>();
        for (Map.Entry<String, List<Path>> e : out.entrySet()) {
            List<Path> files = new ArrayList<>(common);
            files.addAll(e.getValue());
            List<Path> platformFiles = files.stream().filter(f -> SourceKind.of(f).isPlatform()).toList();
            boolean composeToo = files.stream().anyMatch(f -> SourceKind.of(f) == SourceKind.COMPOSE);
            if (!platformFiles.isEmpty() && composeToo) {
                files.removeAll(platformFiles);
                result.computeIfAbsent("platform", n -> new ArrayList<>());
                platformFiles.stream().filter(f -> !result.get("platform").contains(f))
                        .forEach(result.get("platform")::add);
            }
            result.put(e.getKey(), files);
        }
        return result;
    }

    private static List<Path> expand(Path file) throws InputError {
        if (!Files.isDirectory(file)) {
            if (!Files.isRegularFile(file)) {
                throw new InputError(Origin.of(display(file)), Problem.IMPORT_FILE_NOT_FOUND);
            }
            return List.of(file);
        }
        List<Path> out = new ArrayList<>();
        for (String name : List.of("compose.yaml", "compose.yml", "docker-compose.yaml", "docker-compose.yml")) {
            if (Files.isRegularFile(file.resolve(name))) {
                out.add(file.resolve(name));
                String override = name.replace(".y", ".override.y");
                if (Files.isRegularFile(file.resolve(override))) {
                    out.add(file.resolve(override));
                }
                break;
            }
        }
        String folder = String.valueOf(file.toAbsolutePath().normalize().getFileName());
        List<String> configuration = switch (folder) {
            case ".platform" -> List.of("applications.yaml", "services.yaml", "routes.yaml");
            case ".upsun" -> List.of("config.yaml");
            default -> List.of(".platform.app.yaml", ".platform/applications.yaml", ".platform/services.yaml",
                    ".platform/routes.yaml", ".upsun/config.yaml");
        };
        for (String name : configuration) {
            if (Files.isRegularFile(file.resolve(name))) {
                out.add(file.resolve(name));
            }
        }
        if (out.isEmpty()) {
            throw new InputError(Origin.of(display(file)), Problem.IMPORT_NO_INPUT);
        }
        return out;
    }

    /** The image an explicitly given Dockerfile's last stage becomes: named after its folder. */
    private static String dockerfileImage(Path file) {
        Path folder = file.toAbsolutePath().normalize().getParent();
        return folder == null || folder.getFileName() == null ? "app" : folder.getFileName().toString();
    }

    /** A file as messages name it: relative to the working folder when inside it. */
    public static String display(Path file) {
        Path base = Path.of("").toAbsolutePath();
        Path absolute = file.toAbsolutePath().normalize();
        return (absolute.startsWith(base) ? base.relativize(absolute) : absolute).toString().replace('\\', '/');
    }
}
