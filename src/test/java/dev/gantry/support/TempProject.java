package dev.gantry.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A project folder for a test: write environment.yaml, run Gantry, snapshot what is on disk. */
public final class TempProject {

    private final Path folder;

    public TempProject(Path folder) {
        this.folder = folder;
    }

    public Path folder() {
        return folder;
    }

    public Path file() {
        return folder.resolve("environment.yaml");
    }

    public TempProject write(String yaml) {
        return writeBytes(yaml.getBytes(StandardCharsets.UTF_8));
    }

    public TempProject writeBytes(byte[] bytes) {
        try {
            Files.write(file(), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public CliRun run(String command, String... more) {
        String[] args = new String[more.length + 3];
        args[0] = command;
        args[1] = "-f";
        args[2] = file().toString();
        System.arraycopy(more, 0, args, 3, more.length);
        return CliRun.of(args);
    }

    /** Every file below the folder with its bytes and modification time, for before/after comparisons. */
    public Map<String, String> snapshot() {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(folder.relativize(p).toString(), new String(Files.readAllBytes(p), StandardCharsets.UTF_8)
                            + "\u0000" + Files.getLastModifiedTime(p).toMillis());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** A minimal valid file with one image, for tests that change one thing. */
    public static String minimal() {
        return """
                gantry: 1
                project:
                  name: demo
                images:
                  base:
                    from: debian:bookworm-slim
                    stages:
                      - name: os
                        run: [echo hello]
                """;
    }
}
