package dev.gantry.targets.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The Platform.sh files of every example, read as a YAML 1.1 reader does, satisfy the upstream
 * schemas of Platform.sh's own validator; what they `!include` exists beside them; the
 * `.environment` scripts pass shellcheck as POSIX sh; the VCL compiles with Varnish once given what
 * Platform.sh adds to it.
 */
class PlatformshConformanceTest {

    static List<Path> examples() throws IOException {
        return examplesWith(PlatformshTarget.FOLDER);
    }

    private static List<Path> examplesWith(String folder) throws IOException {
        try (Stream<Path> list = Files.list(Path.of("examples"))) {
            return list.filter(dir -> Files.isDirectory(dir.resolve(folder))).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> everyFileMatchesPlatformShsSchema() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : examples()) {
            Path platform = example.resolve(PlatformshTarget.FOLDER);
            Path single = example.resolve(".platform.app.yaml");
            Path list = platform.resolve("applications.yaml");
            tests.add(DynamicTest.dynamicTest(example + " applications", () -> {
                PlatformYaml.requirePyYaml();
                assertTrue(Files.isRegularFile(single) != Files.isRegularFile(list), "one form of the applications");
                List<JsonNode> apps = new ArrayList<>();
                if (Files.isRegularFile(single)) {
                    apps.add(PlatformYaml.read(single).document());
                } else {
                    PlatformYaml.read(list).document().forEach(apps::add);
                }
                for (JsonNode app : apps) {
                    assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), app));
                }
            }));
            tests.add(DynamicTest.dynamicTest(platform.resolve("services.yaml").toString(), () -> {
                PlatformYaml.requirePyYaml();
                PlatformYaml.Read services = PlatformYaml.read(platform.resolve("services.yaml"));
                assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("services"), services.document()));
                assertTaggedPathsExist(services, platform);
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

    /** Upsun's one file satisfies the upstream Upsun schema; what it `!include`s and `!archive`s exists. */
    @TestFactory
    Stream<DynamicTest> everyUpsunFileMatchesUpsunsSchema() throws IOException {
        return examplesWith(UpsunTarget.FOLDER).stream().map(example -> DynamicTest.dynamicTest(example.toString(),
                () -> {
                    PlatformYaml.requirePyYaml();
                    Path folder = example.resolve(UpsunTarget.FOLDER);
                    PlatformYaml.Read config = PlatformYaml.read(folder.resolve("config.yaml"));
                    assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.upsunSchema(), config.document()));
                    assertFalse(config.document().get("applications").isEmpty());
                    assertTaggedPathsExist(config, folder);
                }));
    }

    /** An `!include` names a file, an `!archive` a folder, both relative to the configuration's folder. */
    private static void assertTaggedPathsExist(PlatformYaml.Read read, Path folder) {
        for (JsonNode tagged : read.tags()) {
            String tag = tagged.get("tag").asText();
            if (tag.equals("!include")) {
                assertEquals("string", tagged.get("value").get("type").asText());
                assertTrue(Files.isRegularFile(folder.resolve(tagged.get("value").get("path").asText())),
                        "an !include path is relative to " + folder + ": " + tagged);
            } else {
                assertEquals("!archive", tag);
                assertTrue(Files.isDirectory(folder.resolve(tagged.get("value").asText())),
                        "an !archive path is a folder relative to " + folder + ": " + tagged);
            }
        }
    }

    /**
     * Platform.sh puts the `vcl` line, the imports and a director per relationship of the Varnish
     * service before the file it is given; so does this test, then has varnishd compile the whole.
     */
    @TestFactory
    Stream<DynamicTest> varnishCompilesTheVclWithWhatPlatformShAdds() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path example : examples()) {
            Path services = example.resolve(PlatformshTarget.FOLDER).resolve("services.yaml");
            try (Stream<Path> vcls = Files.list(services.getParent())) {
                for (Path vcl : vcls.filter(p -> p.toString().endsWith(".vcl")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(vcl.toString(), () -> compile(services, vcl)));
                }
            }
        }
        return tests.stream();
    }

    private static void compile(Path services, Path vcl) throws Exception {
        Tools.require("varnishd");
        PlatformYaml.requirePyYaml();
        String service = vcl.getFileName().toString().replaceFirst("\\.vcl$", "");
        StringBuilder preamble = new StringBuilder("vcl 4.1;\nimport std;\nimport directors;\n");
        StringBuilder init = new StringBuilder("sub vcl_init {\n");
        PlatformYaml.read(services).document().get(service).get("relationships").fieldNames().forEachRemaining(r -> {
            preamble.append("backend ").append(r).append("_1 { .host = \"127.0.0.1\"; .port = \"8080\"; }\n");
            init.append("    new ").append(r).append(" = directors.round_robin();\n    ").append(r)
                    .append(".add_backend(").append(r).append("_1);\n");
        });
        // varnishd reads the file as its own unprivileged user: the folder and file must be readable to it.
        Path work = Files.createTempDirectory("gantry-vcl", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        try {
            Path whole = work.resolve("whole.vcl");
            Files.writeString(whole, preamble + init.toString() + "}\n" + Files.readString(vcl));
            Files.setPosixFilePermissions(whole, PosixFilePermissions.fromString("rw-r--r--"));
            Processes.Result result = Processes.run(work, List.of("varnishd", "-C", "-f", whole.toString(), "-n",
                    work.resolve("state").toString()));
            assertEquals(0, result.exit(), result.output());
        } finally {
            try (Stream<Path> walk = Files.walk(work)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    @TestFactory
    Stream<DynamicTest> environmentScriptsPassShellcheck() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.toString(),
                () -> assertSourceable(example.resolve("app").resolve(".environment"))));
    }

    /** A `.environment` parses as POSIX sh, which sources it, and shellcheck finds nothing in it. */
    static void assertSourceable(Path script) throws Exception {
        Tools.require("shellcheck");
        Processes.Result check = Processes.run(Path.of("."),
                List.of("shellcheck", "--shell=sh", "--severity=style", script.toString()));
        assertEquals(0, check.exit(), check.output());
        Processes.Result syntax = Processes.run(Path.of("."), List.of("sh", "-n", script.toString()));
        assertEquals(0, syntax.exit(), syntax.output());
    }
}
