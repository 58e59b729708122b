package dev.gantry.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.CliRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
}
