package dev.gantry.training;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's stack floor (src/bench/StackFloor.java, which the build does not compile) still
 * compiles against the libraries of this build and still does its whole job on the largest example:
 * the file is valid against the schema and every shipped template parses. A floor that broke would
 * make the benchmark fail, and one that quietly did less would flatter the ratio it is compared by.
 */
class StackFloorTest {

    private static final Path ROOT = Path.of("").toAbsolutePath();

    @Test
    void validatesTheLargestExampleAndParsesEveryTemplate(@TempDir Path classes) throws Exception {
        String classPath = System.getProperty("java.class.path");
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "--release", "17", "-cp", classPath,
                "-d", classes.toString(), ROOT.resolve("src/bench/StackFloor.java").toString());
        assertEquals(0, compiled, "javac of src/bench/StackFloor.java");

        Process floor = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", classes + File.pathSeparator + classPath, "StackFloor", ROOT.toString(),
                "-f", ROOT.resolve("examples/ezplatform/environment.yaml").toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(floor.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, floor.waitFor(), out);
        assertEquals("0 schema errors, " + templates() + " templates parsed", out);
    }

    private static long templates() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT.resolve("templates"))) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
