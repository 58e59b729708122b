package dev.gantry.target.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Platform.sh files of every example, read as a YAML 1.1 reader does, satisfy the upstream
 * schemas of Platform.sh's own validator; what they `!include` exists beside them; the
 * `.environment` scripts pass shellcheck as POSIX sh.
 */
class PlatformshConformanceTest {

    static List<Path> examples() throws IOException {
        try (Stream<Path> list = Files.list(Path.of("examples"))) {
            return list.filter(dir -> Files.isDirectory(dir.resolve(PlatformshTarget.FOLDER))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileMatchesPlatformShsSchema() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : examples()) {
            Path platform = example.resolve(PlatformshTarget.FOLDER);
            tests.add(DynamicTest.dynamicTest(example.resolve(".platform.app.yaml").toString(), () -> {
                PlatformYaml.requirePyYaml();
                JsonNode app = PlatformYaml.read(example.resolve(".platform.app.yaml")).document();
                assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), app));
            }));
            tests.add(DynamicTest.dynamicTest(platform.resolve("services.yaml").toString(), () -> {
                PlatformYaml.requirePyYaml();
                PlatformYaml.Read services = PlatformYaml.read(platform.resolve("services.yaml"));
                assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("services"), services.document()));
                for (JsonNode tagged : services.tags()) {
                    assertEquals("!include", tagged.get("tag").asText());
                    assertEquals("string", tagged.get("value").get("type").asText());
                    assertTrue(Files.isRegularFile(platform.resolve(tagged.get("value").get("path").asText())),
                            "an !include path is relative to .platform/: " + tagged);
                }
            }));
            tests.add(DynamicTest.dynamicTest(platform.resolve("routes.yaml").toString(), () -> {
                PlatformYaml.requirePyYaml();
                JsonNode routes = PlatformYaml.read(platform.resolve("routes.yaml")).document();
                assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("routes"), routes));
                assertFalse(routes.isEmpty());
            }));
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> environmentScriptsPassShellcheck() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.toString(), () -> {
            Tools.require("shellcheck");
            Path script = example.resolve("app").resolve(".environment");
            Processes.Result check = Processes.run(Path.of("."),
                    List.of("shellcheck", "--shell=sh", "--severity=style", script.toString()));
            assertEquals(0, check.exit(), check.output());
            Processes.Result syntax = Processes.run(Path.of("."), List.of("sh", "-n", script.toString()));
            assertEquals(0, syntax.exit(), syntax.output());
        }));
    }
}
