package dev.gantry.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published schema, as `gantry schema` prints it and the editor target writes it, compiles with
 * Ajv (npm {@code ajv} with {@code ajv-formats}, in {@code .ci/ajv}) in strict mode: every strict
 * check on, none of them finding anything. Editors and tools that compile the schema with Ajv then
 * never warn, and a key added later that strict mode would refuse fails here.
 */
class SchemaAjvTest {

    private static final Path TOOLS = Path.of(".ci", "ajv").toAbsolutePath();

    @Test
    void compilesWithAjvInStrictMode(@TempDir Path dir) throws Exception {
        Tools.require("node");
        Tools.requireInstalled(TOOLS.resolve("node_modules/ajv/package.json"), "Ajv",
                "npm ci --prefix .ci/ajv");
        Tools.requireInstalled(TOOLS.resolve("node_modules/ajv-formats/package.json"), "ajv-formats",
                "npm ci --prefix .ci/ajv");
        Path schema = Files.writeString(dir.resolve("environment.schema.json"), SchemaChecker.schemaText());
        Processes.Result ajv = Processes.run(TOOLS, List.of("node", "check-schema.mjs", schema.toString()));
        assertEquals("", ajv.output(), ajv::describe);
        assertEquals(0, ajv.exit(), ajv::describe);
    }
}
