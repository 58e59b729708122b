package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gantry.check.JsonTree;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YamlLoader;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every generated compose file is accepted by docker-compose itself and by the Compose Specification schema. */
class ComposeConformanceTest {

    static final Path SCHEMA = Path.of("..", "shared", "schemas", "compose-spec.schema.json");

    static List<Path> composeFiles() throws IOException {
        try (Stream<Path> walk = Files.walk(Path.of("examples"), 2)) {
            return walk.filter(p -> p.getFileName().toString().matches("docker-compose\\..+\\.yml")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> dockerComposeAcceptsEveryFile() throws IOException {
        return composeFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Tools.require("docker-compose");
            Path folder = file.getParent();
            Path env = folder.resolve(".env");
            Files.copy(folder.resolve(".env.example"), env);
            try {
                Processes.Result result = Processes.run(folder,
                        List.of("docker-compose", "-f", file.getFileName().toString(), "config", "-q"));
                assertEquals(0, result.exit(), file + ":\n" + result.output());
            } finally {
                Files.delete(env);
            }
        }));
    }

    @TestFactory
    Stream<DynamicTest> matchesTheComposeSpecification() throws IOException {
        assertTrue(Files.isRegularFile(SCHEMA), "the upstream schema is read from " + SCHEMA.toAbsolutePath());
        JsonNode schemaJson = new ObjectMapper().readTree(SCHEMA.toFile());
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                .getSchema(SchemaLocation.of("https://compose-spec.io/schema.json"), schemaJson);
        return composeFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Diagnostics d = new Diagnostics(file.toString());
            JsonNode compose = JsonTree.of(YamlLoader.load(new SourceFile(file, file.toString(),
                    Files.readString(file)), d).root().orElseThrow());
            List<Error> errors = schema.validate(compose);
            assertEquals(List.of(), errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList());
        }));
    }
}
