package dev.gantry.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.CliRun;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example's committed files are exactly what Gantry generates now, through the same code
 * path as `gantry generate --check`. To accept an intended change, run `./gantry generate -f
 * examples/NAME/environment.yaml` and review the diff.
 */
class ExamplesTest {

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(dir -> Files.isRegularFile(dir.resolve("environment.yaml")))
                .sorted();
    }

    @TestFactory
    Stream<DynamicTest> committedFilesAreCurrent() throws IOException {
        return examples().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            CliRun run = CliRun.of("generate", "--check", "-f", dir.resolve("environment.yaml").toString());
            assertEquals(0, run.exit(), "examples/" + dir.getFileName() + " is stale; regenerate it with"
                    + " ./gantry generate -f " + dir.resolve("environment.yaml") + "\n" + run.out() + run.err());
        }));
    }

    /**
     * No generated file holds a Java object's own text ({@code Variable[name=DB_PASSWORD, ...]}): what a
     * template or writer printed where it meant one of the object's fields.
     */
    @TestFactory
    Stream<DynamicTest> noGeneratedFileHoldsAnObjectsToString() throws IOException {
        Pattern recordText = Pattern.compile("\\b[A-Z][A-Za-z]+\\[[a-z][A-Za-z]*=|@[0-9a-f]{6,8}\\b|Optional(\\.empty|\\[)");
        return examples().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Map<String, String> files = MAPPER.readValue(dir.resolve(".gantry/manifest.json").toFile(),
                    ManifestFiles.class).files().keySet().stream()
                    .collect(Collectors.toMap(path -> path, path -> read(dir.resolve(path))));
            files.forEach((path, text) -> {
                Matcher m = recordText.matcher(text);
                assertFalse(m.find(), "examples/" + dir.getFileName() + "/" + path + " holds `"
                        + (m.hitEnd() ? "" : text.substring(m.start(), Math.min(text.length(), m.start() + 60))) + "`");
            });
        }));
    }

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** The files the manifest lists. */
    private record ManifestFiles(Map<String, Object> files) {
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
