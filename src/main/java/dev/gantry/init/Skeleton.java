package dev.gantry.init;

import dev.gantry.render.RenderException;
import dev.gantry.render.TemplateRenderer;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The files `gantry init` starts a project with, paths relative to the folder of environment.yaml:
 * environment.yaml itself, .gitignore, .dockerignore, a README with the commands, the nginx site;
 * for plain PHP also app/composer.json (when app/ has none) and, when app/ is empty, a front
 * controller that shows PHP and asks the services, the class it autoloads, and the complete
 * preset's worker script.
 */
public final class Skeleton {

    public static final String ENVIRONMENT = "environment.yaml";
    public static final String SOURCE = "app";
    public static final String COMPOSER_JSON = SOURCE + "/composer.json";
    public static final String NGINX_SITE = "docker/nginx/default.conf.template";

    private final InitChoices choices;
    private final Path folder;
    private final String environmentFile;

    /** {@code environmentFile}: the name of environment.yaml, as -f gave it, in {@code folder}. */
    public Skeleton(InitChoices choices, Path folder, String environmentFile) {
        this.choices = choices;
        this.folder = folder;
        this.environmentFile = environmentFile;
    }

    /** The framework's installer commands, while app/ has no composer.json; none for plain PHP. */
    public List<String> skeletonCommands() {
        return Files.exists(folder.resolve(COMPOSER_JSON)) ? List.of() : SkeletonCommands.of(choices);
    }

    /** Every file with its content, in the order they are written: environment.yaml first. */
    public Map<String, String> files() throws RenderException, IOException {
        Map<String, Object> data = Map.of("c", choices, "versions", InitChoices.VERSIONS,
                "skeleton", skeletonCommands());
        Map<String, String> out = new LinkedHashMap<>();
        out.put(environmentFile, render("init/environment.yaml.ftl", environmentFile, data));
        out.put(".gitignore", render("init/gitignore.ftl", ".gitignore", data));
        out.put(".dockerignore", render("init/dockerignore.ftl", ".dockerignore", data));
        out.put("README.md", render("init/README.md.ftl", "README.md", data));
        out.put(NGINX_SITE, render("init/nginx.conf.template.ftl", NGINX_SITE, data));
        if (choices.framework() == Framework.PHP) {
            out.put(COMPOSER_JSON, ComposerJson.of(choices));
            if (isEmpty(folder.resolve(SOURCE))) {
                String root = SOURCE + "/" + Framework.PHP.documentRoot();
                out.put(root + "/index.php", render("init/app/index.php.ftl", root + "/index.php", data));
                out.put(SOURCE + "/src/ServiceCheck.php", render("init/app/ServiceCheck.php.ftl",
                        SOURCE + "/src/ServiceCheck.php", data));
                if (choices.complete()) {
                    out.put(SOURCE + "/bin/worker.php", render("init/app/worker.php.ftl", SOURCE + "/bin/worker.php",
                            data));
                }
            }
        }
        return out;
    }

    private static String render(String template, String path, Map<String, Object> data) throws RenderException {
        return new TemplateRenderer(Optional.empty()).render(new ArtifactPlan(path, template, data,
                ArtifactFormat.TEXT, "gantry init")).content();
    }

    private static boolean isEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return !Files.exists(dir);
        }
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    /** The paths of {@code files} that exist already, which init keeps as they are. */
    public List<String> existing(Map<String, String> files) {
        List<String> out = new ArrayList<>();
        files.keySet().stream().filter(path -> Files.exists(folder.resolve(path))).forEach(out::add);
        return out;
    }
}
