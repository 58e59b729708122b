package dev.gantry.targets.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Platform.sh files as a YAML 1.1 reader sees them (PyYAML, with the !include and !archive tags read
 * as the plain nodes they tag), and the upstream JSON schemas they must satisfy.
 */
final class PlatformYaml {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path READER = Path.of("src", "test", "resources", "platformsh", "read_yaml.py");

    /** What the reader returns: the document, and each tagged node with its tag. */
    record Read(JsonNode document, JsonNode tags) {
    }

    private PlatformYaml() {
    }

    private static Path python;

    /** Skips (or fails under GANTRY_REQUIRE_TOOLS=1) when Debian's python3 or its yaml module is missing. */
    static void requirePyYaml() {
        python();
    }

    private static synchronized Path python() {
        if (python == null) {
            python = Tools.debianPython("yaml", "python3-yaml");
        }
        return python;
    }

    static Read read(Path file) throws Exception {
        return read(Files.readString(file));
    }

    static Read read(String yaml) throws Exception {
        Processes.Result result = Processes.run(Path.of("."), Map.of(), yaml,
                List.of(python().toString(), READER.toAbsolutePath().toString()));
        assertEquals(0, result.exit(), result.output());
        JsonNode out = JSON.readTree(result.output());
        return new Read(out.get("document"), out.get("tags"));
    }

    /**
     * An upstream schema by name: {@code application}, {@code services} or {@code routes}. Skips (or fails
     * under GANTRY_REQUIRE_TOOLS=1) when the shared folder is not beside the clone, as the others do.
     */
    static Schema schema(String name) {
        return load("platformsh." + name + ".schema.json", "https://platform.sh/schema/" + name + ".json");
    }

    /**
     * The upstream schema of Upsun's {@code .upsun/config.yaml}. It keeps the schemas of route keys
     * under {@code definitions.routes}, one of them named {@code id}, which the validator takes for
     * draft-04's {@code id} keyword: that one definition is renamed, and its references with it.
     */
    static Schema upsunSchema() {
        return load("upsun.schema.json", "https://upsun.com/schema/config.json", text -> text
                .replace("\"#/definitions/routes/id\"", "\"#/definitions/routes/route_id\"")
                .replaceFirst("(?s)(\"definitions\":\\s*\\{.*?\"routes\":\\s*\\{.*?)\"id\":", "$1\"route_id\":"));
    }

    private static Schema load(String fileName, String id) {
        return load(fileName, id, text -> text);
    }

    private static Schema load(String fileName, String id, UnaryOperator<String> adapt) {
        Path file = Tools.sharedSchema(fileName);
        try {
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(SchemaLocation.of(id),
                    JSON.readTree(adapt.apply(Files.readString(file))));
        } catch (IOException e) {
            throw new UncheckedIOException("the upstream schema is read from " + file.toAbsolutePath(), e);
        }
    }

    static List<String> errors(Schema schema, JsonNode document) {
        List<Error> errors = schema.validate(document);
        return errors.stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
    }
}
