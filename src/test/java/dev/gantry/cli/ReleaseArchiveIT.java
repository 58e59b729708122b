package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.Processes;
import dev.gantry.support.ReleaseArchive;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The release archive as a user meets it (an integration test: it runs after {@code package}): unpacked
 * into a folder whose path has spaces, on a machine with only a Java runtime (a JRE made with jlink,
 * and a PATH that holds the few POSIX tools the launcher uses, so that no mvn, javac or other java can
 * be found), run from another folder, directly and through symbolic links.
 */
@Tag("integration")
class ReleaseArchiveIT {

    private static final Path EXAMPLE = Path.of("examples", "ezplatform").toAbsolutePath();

    @TempDir
    static Path machine;
    private static Path jre;
    private static Path tools;

    @TempDir
    Path temp;

    @BeforeAll
    static void aMachineWithOnlyAJavaRuntime() throws Exception {
        jre = ReleaseArchive.jre(machine);
        tools = ReleaseArchive.launcherPath(machine);
    }

    /** The environment of a user of that machine: HOME, PATH, and JAVA_HOME when given. */
    private Map<String, String> user(Path home, Path javaHome) {
        Map<String, String> env = new HashMap<>();
        env.put("HOME", home.toString());
        env.put("PATH", tools.toString());
        if (javaHome != null) {
            env.put("JAVA_HOME", javaHome.toString());
        }
        return env;
    }

    private static Processes.Result gantry(Path launcher, Path folder, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        return Processes.runInEnvironment(folder, env, command);
    }

    @Test
    void theArchivesHoldTheLauncherTheJarTheJvmOptionsAndTheReadme() throws Exception {
        Tools.require("sha256sum");
        Path target = ReleaseArchive.TARBALL.getParent();
        Processes.run(target, List.of("sha256sum", "--check", "--strict", ReleaseArchive.NAME + ".tar.gz.sha256",
                ReleaseArchive.NAME + ".zip.sha256")).assertSuccess();
        Path fromTar = ReleaseArchive.unpack(ReleaseArchive.TARBALL, temp.resolve("tar"));
        Path fromZip = ReleaseArchive.unpack(ReleaseArchive.ZIP, temp.resolve("zip"));
        for (Path home : List.of(fromTar, fromZip)) {
            assertEquals(List.of("README.md", "bin/gantry", "lib/gantry.jar", "lib/jvm.options"), files(home));
            assertTrue(Files.isExecutable(home.resolve("bin/gantry")), home + ": bin/gantry is not executable");
            assertEquals(Files.readString(Path.of("gantry")).replace("version=@project.version@",
                    "version=" + ReleaseArchive.VERSION), Files.readString(home.resolve("bin/gantry")));
            assertEquals(-1, Files.mismatch(Path.of("target/gantry.jar"), home.resolve("lib/gantry.jar")));
            assertEquals(-1, Files.mismatch(Path.of("src/main/launcher/jvm.options"), home.resolve("lib/jvm.options")));
            assertEquals(-1, Files.mismatch(Path.of("README.md"), home.resolve("README.md")));
        }
    }

    @Test
    void generatesFromAFolderWithSpacesWithOnlyAJre() throws Exception {
        Path gantry = ReleaseArchive.unpack(ReleaseArchive.TARBALL, temp.resolve("my tools")).resolve("bin/gantry");
        Path home = Files.createDirectories(temp.resolve("home of a user"));
        Path project = project();

        Processes.Result version = gantry(gantry, temp, user(home, jre), "--version");
        assertEquals("gantry " + ReleaseArchive.VERSION + "\n", version.out(), version::describe);
        assertEquals("", version.err(), version::describe);
        Path cds = home.resolve(".cache/gantry/" + ReleaseArchive.VERSION);
        assertTrue(Files.size(cds.resolve("gantry.jsa")) > 1_000_000, "no class-data archive recorded in " + cds);

        Processes.Result generated = gantry(gantry, project, user(home, jre), "generate", "-q");
        assertEquals(0, generated.exit(), generated::describe);
        assertGeneratedAsTheExample(project);
        Processes.Result check = gantry(gantry, project, user(home, jre), "generate", "--check");
        assertEquals(0, check.exit(), check::describe);
        assertTrue(check.out().contains("generated files are up to date"), check::describe);
        assertEquals(0, Files.size(cds.resolve("refused.log")), "the JVM refused the archive it recorded");
    }

    @Test
    void runsThroughSymbolicLinksFromAnotherFolderWithJavaOnPath() throws Exception {
        Path unpacked = ReleaseArchive.unpack(ReleaseArchive.ZIP, temp.resolve("opt dir"));
        Path bin = Files.createDirectories(temp.resolve("my bin"));
        Path link = Files.createSymbolicLink(bin.resolve("gantry"), Path.of("../opt dir", ReleaseArchive.NAME,
                "bin/gantry"));
        Path chained = Files.createSymbolicLink(Files.createDirectories(temp.resolve("links")).resolve("g"),
                link.toAbsolutePath());
        Path project = project();
        Map<String, String> env = user(Files.createDirectories(temp.resolve("home")), null);
        env.put("PATH", bin + ":" + jre.resolve("bin") + ":" + tools);

        Processes.Result onPath = Processes.runInEnvironment(project, env, List.of(tools.resolve("sh").toString(),
                "-c", "gantry --version"));
        assertEquals("gantry " + ReleaseArchive.VERSION + "\n", onPath.out(), onPath::describe);
        Processes.Result generated = gantry(chained, project, env, "generate");
        assertEquals(0, generated.exit(), generated::describe);
        assertGeneratedAsTheExample(project);
        assertTrue(Files.exists(unpacked.resolve("bin/gantry")));
    }

    @Test
    void keepsTheArchiveInXdgCacheHomeOrRunsWithoutOne() throws Exception {
        Path gantry = ReleaseArchive.unpack(ReleaseArchive.TARBALL, temp.resolve("a")).resolve("bin/gantry");
        Path home = Files.createDirectories(temp.resolve("home"));

        Map<String, String> xdg = user(home, jre);
        xdg.put("XDG_CACHE_HOME", temp.resolve("cache, with: marks").toString());
        Processes.Result separators = gantry(gantry, temp, xdg, "--version");
        assertEquals("gantry " + ReleaseArchive.VERSION + "\n", separators.out() + separators.err(),
                "a cache path with ':' or ',' (which the JVM's options split at): no archive, same output");
        assertFalse(Files.exists(temp.resolve("cache, with: marks")));
        xdg.put("XDG_CACHE_HOME", temp.resolve("x d g").toString());
        assertEquals(0, gantry(gantry, temp, xdg, "--version").exit());
        assertTrue(Files.size(temp.resolve("x d g/gantry/" + ReleaseArchive.VERSION + "/gantry.jsa")) > 1_000_000);
        assertFalse(Files.exists(home.resolve(".cache")), "XDG_CACHE_HOME is where the archive goes");

        Path file = Files.writeString(temp.resolve("a file"), "");
        Map<String, String> unwritable = user(home, jre);
        unwritable.put("XDG_CACHE_HOME", file.resolve("cache").toString());
        Processes.Result without = gantry(gantry, temp, unwritable, "--version");
        assertEquals("gantry " + ReleaseArchive.VERSION + "\n", without.out() + without.err(), without::describe);

        Map<String, String> homeless = user(home, jre);
        homeless.remove("HOME");
        Processes.Result noHome = gantry(gantry, temp, homeless, "--version");
        assertEquals("gantry " + ReleaseArchive.VERSION + "\n", noHome.out() + noHome.err(), noHome::describe);
    }

    @Test
    void withoutJavaItSaysWhatToInstall() throws Exception {
        Path gantry = ReleaseArchive.unpack(ReleaseArchive.TARBALL, temp.resolve("a")).resolve("bin/gantry");
        Processes.Result run = gantry(gantry, temp, user(temp, null), "--version");
        assertEquals(127, run.exit(), run::describe);
        assertEquals("gantry: no Java runtime found: install Java 17 or later, and set JAVA_HOME or put java on PATH\n",
                run.err());
    }

    /** A project folder with the example's environment file and nothing else. */
    private Path project() throws IOException {
        Path project = Files.createDirectories(temp.resolve("the project"));
        Files.copy(EXAMPLE.resolve("environment.yaml"), project.resolve("environment.yaml"));
        Files.createDirectories(project.resolve(".platform/configsets/solr9")); // the Solr configset Platform.sh gets
        return project;
    }

    /** Every file the example's manifest lists, and the manifest, as the example has them. */
    private static void assertGeneratedAsTheExample(Path project) throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(EXAMPLE.resolve(".gantry/manifest.json").toFile());
        List<String> generated = new ArrayList<>(List.of(".gantry/manifest.json"));
        manifest.path("files").fieldNames().forEachRemaining(generated::add);
        for (String file : generated) {
            assertEquals(-1, Files.mismatch(EXAMPLE.resolve(file), project.resolve(file)), file);
        }
    }

    private static List<String> files(Path folder) throws IOException {
        List<String> files = new ArrayList<>();
        try (var walk = Files.walk(folder)) {
            for (Iterator<Path> it = walk.filter(Files::isRegularFile).sorted().iterator(); it.hasNext();) {
                files.add(folder.relativize(it.next()).toString());
            }
        }
        return files;
    }
}
