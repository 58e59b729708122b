package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.util.GantryVersion;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The release archives this build made ({@code mvn package}: target/gantry-VERSION.tar.gz and .zip),
 * unpacked as a user would, and what a machine with only a Java runtime gives the launcher: a JRE
 * made with jlink and a PATH of a few POSIX tools, where neither Maven nor javac can be found.
 */
public final class ReleaseArchive {

    public static final String VERSION = GantryVersion.current();
    public static final String NAME = "gantry-" + VERSION;
    public static final Path TARBALL = Path.of("target", NAME + ".tar.gz").toAbsolutePath();
    public static final Path ZIP = Path.of("target", NAME + ".zip").toAbsolutePath();

    /** What the release launcher runs besides java and its own shell builtins. */
    private static final List<String> LAUNCHER_TOOLS = List.of("sh", "readlink", "mkdir", "mv", "rm", "touch");

    private ReleaseArchive() {
    }

    /** Unpacks {@code archive} (with tar or unzip) into {@code folder}; returns the folder it holds, gantry-VERSION. */
    public static Path unpack(Path archive, Path folder) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        List<String> command = archive.toString().endsWith(".zip")
                ? List.of("unzip", "-q", archive.toString(), "-d", folder.toString())
                : List.of("tar", "-xzf", archive.toString(), "-C", folder.toString());
        Tools.require(command.get(0));
        Processes.run(folder, command).assertSuccess();
        return folder.resolve(NAME);
    }

    /**
     * A Java runtime made from this JDK with jlink: the Java SE modules, none of the JDK's tools
     * (no javac, no jdk.compiler), with the default class-data sharing archive a JRE ships.
     */
    public static Path jre(Path folder) throws IOException, InterruptedException {
        Path jlink = Path.of(System.getProperty("java.home"), "bin", "jlink");
        Path jre = folder.resolve("jre");
        Processes.run(folder, Map.of(), null, List.of(jlink.toString(), "--add-modules", "java.se", "--output",
                jre.toString(), "--strip-debug", "--no-man-pages", "--no-header-files", "--generate-cds-archive"),
                java.time.Duration.ofMinutes(10)).assertSuccess();
        assertTrue(Files.isExecutable(jre.resolve("bin/java")) && !Files.exists(jre.resolve("bin/javac")));
        Processes.Result modules = Processes.run(folder, List.of(jre.resolve("bin/java").toString(), "--list-modules"));
        assertTrue(modules.out().contains("java.base@") && !modules.out().contains("jdk.compiler"), modules.out());
        return jre;
    }

    /**
     * A folder of links to the few tools the release launcher uses, to be the whole PATH: with it, no
     * mvn, javac or java can be found there.
     */
    public static Path launcherPath(Path folder) throws IOException, InterruptedException {
        Path bin = Files.createDirectories(folder.resolve("posix-tools"));
        for (String tool : LAUNCHER_TOOLS) {
            Files.createSymbolicLink(bin.resolve(tool), which(tool));
        }
        for (String absent : List.of("mvn", "javac", "java")) {
            Processes.Result found = Processes.runInEnvironment(folder, Map.of("PATH", bin.toString()),
                    List.of(bin.resolve("sh").toString(), "-c", "command -v " + absent));
            assertTrue(found.exit() != 0, absent + " is reachable: " + found.output());
        }
        return bin;
    }

    /** The absolute path of {@code tool} on the test's own PATH. */
    private static Path which(String tool) {
        List<String> tried = new ArrayList<>();
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            tried.add(candidate.toString());
            if (!dir.isEmpty() && Files.isExecutable(candidate)) {
                return candidate.toAbsolutePath();
            }
        }
        throw new IllegalStateException(tool + " is not on PATH: " + tried);
    }
}
