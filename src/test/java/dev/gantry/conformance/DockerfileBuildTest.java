package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.support.Processes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The php-stages example's Dockerfiles build for real with buildah (no daemon: vfs storage, chroot
 * isolation, as root): every image target of the assembled Dockerfile and every stage file, on a
 * local debian:bookworm-slim made with debootstrap ({@link DebianBaseImage}). The stages run
 * apt-get against the Debian mirror. Then the images' configuration and contents are checked
 * against what environment.yaml says. Prints how long each step took.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerfileBuildTest {

    private static final Path EXAMPLE = Path.of("examples/php-stages").toAbsolutePath();
    private static final String REPOSITORY = "registry.example.com/acme/php-stages";
    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(20);
    private static final Pattern STAGE_FILE = Pattern.compile("Dockerfile\\.stage(\\d+)");
    private static final List<String> TIMINGS = new ArrayList<>();

    /** Holds the image store; vfs keeps a full copy of the file system per layer, a few GB in all. */
    @TempDir
    static Path store;
    private static Buildah buildah;

    @BeforeAll
    static void provideTheBaseImage() throws Exception {
        buildah = Buildah.withDebianBase(store, TIMINGS::add);
    }

    @AfterAll
    static void emptyTheStoreAndPrintTimings() throws Exception {
        if (buildah != null) {
            buildah.empty();
        }
        TIMINGS.forEach(line -> System.out.println("DockerfileBuildTest: " + line));
    }

    @Order(1)
    @TestFactory
    Stream<DynamicTest> everyImageTargetOfTheDockerfileBuilds() throws IOException {
        return imageIds().stream().map(id -> DynamicTest.dynamicTest("--target " + id,
                () -> build(EXAMPLE.resolve("Dockerfile"), List.of("--target", id), REPOSITORY + ":" + id)));
    }

    @Order(2)
    @TestFactory
    Stream<DynamicTest> everyStageFileBuildsAlone() throws IOException {
        List<String> images = imageIds();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(EXAMPLE.resolve(".docker"))) {
            files = walk.filter(f -> STAGE_FILE.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparing((Path f) -> images.indexOf(f.getParent().getFileName().toString()))
                            .thenComparing(DockerfileBuildTest::stageNumber))
                    .toList();
        }
        assertFalse(files.isEmpty(), "no stage files in " + EXAMPLE.resolve(".docker"));
        return files.stream().map(file -> DynamicTest.dynamicTest(EXAMPLE.relativize(file).toString(),
                () -> build(file, List.of(), REPOSITORY + ":stage-file-" + file.getParent().getFileName() + "-"
                        + stageNumber(file))));
    }

    @Order(3)
    @Test
    void baseHasItsLabels() throws Exception {
        JsonNode config = config("base");
        assertEquals("php-stages base", config.path("Labels").path("org.opencontainers.image.title").asText());
        assertEquals("ACME", config.path("Labels").path("org.opencontainers.image.vendor").asText());
        assertTrue(strings(config.path("Env")).contains("DEBIAN_FRONTEND=noninteractive"), config::toString);
    }

    @Order(3)
    @Test
    void appRunsThePhpServerAsWwwData() throws Exception {
        JsonNode config = config("app");
        assertTrue(strings(config.path("Env")).contains("APP_ENV=prod"), config::toString);
        assertRunsTheServer(config);
        assertEquals("ACME", config.path("Labels").path("org.opencontainers.image.vendor").asText(), "from base");
        JsonNode health = config.path("Healthcheck");
        assertEquals(List.of("CMD", "php", "-r",
                "exit(@file_get_contents('http://127.0.0.1:8000/') === false ? 1 : 0);"), strings(health.path("Test")));
        assertEquals(30_000_000_000L, health.path("Interval").asLong());
        assertEquals(3_000_000_000L, health.path("Timeout").asLong());
        assertEquals(3, health.path("Retries").asInt());
    }

    @Order(3)
    @Test
    void appDevSwitchesToDevelopmentAndBackToWwwData() throws Exception {
        JsonNode config = config("app-dev");
        List<String> env = strings(config.path("Env"));
        assertTrue(env.contains("APP_ENV=dev") && env.contains("XDEBUG_MODE=debug"), env::toString);
        assertFalse(env.contains("APP_ENV=prod"), env::toString);
        assertRunsTheServer(config);
    }

    /**
     * Runs PHP in each image: the environment, user and folder it runs with, the extensions it has
     * (xdebug only in app-dev), the file the app's setup stage wrote with its build argument, and
     * the code copied from app/.
     */
    @Order(4)
    @Test
    void theImagesRunPhpWithTheirCodeAndExtensions() throws Exception {
        String php = "echo getenv('APP_ENV'), '|', posix_getpwuid(posix_geteuid())['name'], '|', getcwd(), '|',"
                + " implode(',', array_filter(['intl', 'pdo_mysql', 'xdebug'], 'extension_loaded')), '|',"
                + " file_get_contents('version.txt'), file_get_contents('public/index.php');";
        String code = Files.readString(EXAMPLE.resolve("app/public/index.php"));
        assertEquals("prod|www-data|/var/www/app|intl,pdo_mysql|APP_VERSION=0.0.0\n" + code,
                runIn("app", "php", "-r", php));
        assertEquals("dev|www-data|/var/www/app|intl,pdo_mysql,xdebug|APP_VERSION=0.0.0\n" + code,
                runIn("app-dev", "php", "-r", php));
    }

    private static void assertRunsTheServer(JsonNode config) {
        assertEquals("www-data", config.path("User").asText());
        assertEquals("/var/www/app", config.path("WorkingDir").asText());
        assertEquals(List.of("8000/tcp"), fieldNames(config.path("ExposedPorts")));
        assertEquals(List.of("php", "-S", "0.0.0.0:8000", "-t", "/var/www/app/public"), strings(config.path("Cmd")));
    }

    /** Builds with a fixed timeout; a failure shows everything buildah printed. */
    private static void build(Path dockerfile, List<String> options, String tag) throws Exception {
        List<String> args = new ArrayList<>(List.of("bud", "--isolation", "chroot", "--layers", "--pull=never",
                "--format", "docker"));
        args.addAll(options);
        args.addAll(List.of("-t", tag, "-f", dockerfile.toString(), EXAMPLE.toString()));
        long start = System.nanoTime();
        Processes.Result result = buildah.run(BUILD_TIMEOUT, args);
        String what = EXAMPLE.relativize(dockerfile) + (options.isEmpty() ? "" : " " + String.join(" ", options));
        TIMINGS.add("built " + what + " in " + Timing.since(start) + (result.exit() == 0 ? "" : " (failed)"));
        result.assertSuccess();
    }

    /** The output of a command run in a container of an image, as its configured user, in its folder. */
    private static String runIn(String image, String... command) throws Exception {
        String container = buildah.ok("from", "--pull=never", REPOSITORY + ":" + image).out().strip();
        try {
            List<String> args = new ArrayList<>(List.of("run", "--isolation", "chroot", container, "--"));
            args.addAll(List.of(command));
            return buildah.run(Buildah.QUICK, args).assertSuccess().out();
        } finally {
            buildah.run(Buildah.QUICK, List.of("rm", container));
        }
    }

    /** The Docker image config (with --format docker it keeps HEALTHCHECK, which OCI drops). */
    private static JsonNode config(String image) throws Exception {
        return buildah.inspectImage(REPOSITORY + ":" + image).path("Docker").path("config");
    }

    private static List<String> imageIds() throws IOException {
        Map<?, ?> file = (Map<?, ?>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(EXAMPLE.resolve("environment.yaml")));
        return ((Map<?, ?>) file.get("images")).keySet().stream().map(String::valueOf).toList();
    }

    private static int stageNumber(Path file) {
        Matcher m = STAGE_FILE.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : -1;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(node -> out.add(node.asText()));
        return out;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> out = new ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
