package dev.gantry.training;

import dev.gantry.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The run the {@code gantry} launcher records its class-data sharing archive from
 * ({@code -XX:ArchiveClassesAtExit}): every command on a project from {@code init} and on a
 * {@link SyntheticProject} that uses every target, with its mistakes and changes, so that the
 * classes any later run needs are in the archive. It works in a temporary folder, prints nothing
 * and leaves nothing behind.
 */
public final class Training {

    private Training() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("gantry-training");
        try {
            train(dir);
        } finally {
            delete(dir);
        }
    }

    static void train(Path dir) throws IOException {
        Path initialized = dir.resolve("init/environment.yaml");
        Files.createDirectories(initialized.getParent());
        run("init", "-f", initialized.toString(), "--preset", "complete", "--no-interactive");
        commands(initialized);
        run("outdated", "-f", initialized.toString());
        run("upgrade", "--minor", "--dry-run", "-f", initialized.toString());
        Path synthetic = dir.resolve("synthetic/environment.yaml");
        SyntheticProject.write(20, synthetic);
        commands(synthetic);
        Path broken = dir.resolve("broken/environment.yaml");
        Files.createDirectories(broken.getParent());
        Files.writeString(broken, "gantry: 1\nproject: {name: Shop}\nservices:\n  app: {image: app, port: 80}\n");
        run("validate", "-f", broken.toString());
        run("generate", "--error-format", "json", "-f", broken.toString());
        run("--help");
        run("generate", "--help");
        run("catalog");
    }

    /** What a project's life brings: validate, generate, an edit, check, diff, generate again. */
    private static void commands(Path file) throws IOException {
        String f = file.toString();
        run("validate", "-f", f);
        run("generate", "-f", f);
        run("generate", "--check", "-f", f);
        Files.writeString(file, Files.readString(file).replace("ports: [80]", "ports: [8080]")
                .replace("ports: [9000]", "ports: [9001]"));
        run("generate", "--check", "-f", f);
        run("diff", "-f", f);
        run("diff", "--format", "markdown", "-f", f);
        run("generate", "-f", f);
    }

    private static void run(String... args) {
        Main.run(args, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
