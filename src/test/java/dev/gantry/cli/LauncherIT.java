package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code gantry} launcher with the packaged jar (an integration test: it runs after
 * {@code package}), as a clone has it: its class-data sharing archive, made on first use, remade when
 * the jar changes or the JVM refused it, never shows on stdout or stderr and never changes what Gantry
 * prints. Each test copies the launcher, its JVM options and the jar into a folder of its own, where the
 * launcher finds no sources to rebuild from. ReleaseArchiveIT runs the same launcher from the release
 * archive.
 */
@Tag("integration")
class LauncherIT {

    private record Run(int exit, String out, String err) {
    }

    @TempDir
    Path temp;

    private Path root;
    private Path jar;
    private Path archive;
    private Path refused;
    private Path project;
    private Run reference;

    @BeforeEach
    void install() throws Exception {
        root = temp.resolve("gantry-home");
        jar = root.resolve("target/gantry.jar");
        archive = root.resolve("target/cds/gantry.jsa");
        refused = root.resolve("target/cds/refused.log");
        Files.createDirectories(jar.getParent());
        Files.copy(Path.of("gantry"), root.resolve("gantry"), StandardCopyOption.COPY_ATTRIBUTES);
        Path options = root.resolve("src/main/launcher/jvm.options");
        Files.createDirectories(options.getParent());
        Files.copy(Path.of("src/main/launcher/jvm.options"), options);
        // A source older than any jar a test makes: a newer one would have the launcher build the jar again.
        Files.setLastModifiedTime(options, FileTime.fromMillis(0));
        Files.copy(Path.of("target/gantry.jar"), jar);
        project = temp.resolve("project");
        copyFolder(Path.of("examples/ezplatform"), project);
        reference = run(Map.of(), "java", "-jar", jar.toString(), "generate", "--check", "-f", "environment.yaml");
        assertEquals(0, reference.exit(), reference.err());
    }

    @Test
    void theFirstRunRecordsTheArchiveAndPrintsOnlyWhatGantryPrints() throws Exception {
        assertEquals(reference, launcher(Map.of()));
        assertTrue(Files.size(archive) > 1_000_000, "no archive recorded");
        assertEquals(0, Files.size(refused));
        assertEquals(reference, launcher(Map.of()));
    }

    @Test
    void anArchiveTheJvmRefusesChangesNothingAndIsRecordedAgain() throws Exception {
        launcher(Map.of());
        Object recorded = fileKey(archive);
        // The archive names the jar with its time stamp: an older one makes the JVM refuse the archive.
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() - 86_400_000L));
        assertEquals(reference, launcher(Map.of()));
        assertTrue(Files.size(refused) > 0, "the JVM did not note the refusal");
        assertEquals(recorded, fileKey(archive));
        assertEquals(reference, launcher(Map.of()));
        assertTrue(!recorded.equals(fileKey(archive)), "the archive was not recorded again");
        assertEquals(0, Files.size(refused));
        assertEquals(reference, launcher(Map.of()));
        assertEquals(0, Files.size(refused), "the JVM refused the new archive too");
    }

    @Test
    void aNewJarGetsANewArchive() throws Exception {
        launcher(Map.of());
        FileTime rebuilt = FileTime.fromMillis(Files.getLastModifiedTime(archive).toMillis() + 3_600_000L);
        Files.setLastModifiedTime(jar, rebuilt);
        assertEquals(reference, launcher(Map.of()));
        assertEquals(rebuilt, Files.getLastModifiedTime(archive), "the archive was not recorded again");
        Object recorded = fileKey(archive);
        assertEquals(reference, launcher(Map.of()));
        assertEquals(recorded, fileKey(archive), "recorded again although the jar is the same");
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
    }

    @Test
    void aGarbledArchiveChangesNothing() throws Exception {
        launcher(Map.of());
        Files.setPosixFilePermissions(archive, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.writeString(archive, "not an archive");
        Files.setLastModifiedTime(archive, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertEquals(reference, launcher(Map.of()));
    }

    private Run launcher(Map<String, String> env) throws Exception {
        return run(env, "sh", root.resolve("gantry").toString(), "generate", "--check", "-f", "environment.yaml");
    }

    private Run run(Map<String, String> env, String... command) throws IOException, InterruptedException {
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command))).directory(project.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("timed out: " + List.of(command));
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copyFolder(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
    }
}
