package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrorFormatTest {

    private static final String BAD = """
            gantry: 1
            project:
              name: shop
              registy: x
            """;

    @Test
    void githubFormatIsAWorkflowAnnotation(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write(BAD).run("validate", "--error-format", "github");
        assertEquals(1, run.exit());
        assertTrue(run.err().startsWith("::error file="), run.err());
        assertTrue(run.err().contains(",line=4,col=3,title=E020::unknown key `registy` in project%0Ahint: did you mean `registry`?"),
                run.err());
    }

    @Test
    void jsonFormatGoesToStdoutAndParses(@TempDir Path dir) throws Exception {
        CliRun run = new TempProject(dir).write(BAD).run("validate", "--error-format", "json");
        assertEquals(1, run.exit());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals("E020", json.get(0).get("code").asText());
        assertEquals(4, json.get(0).get("line").asInt());
        assertEquals(3, json.get(0).get("column").asInt());
        assertEquals("did you mean `registry`?", json.get(0).get("hint").asText());
    }

    @Test
    void badCommandLineIsExitTwo() {
        assertEquals(2, CliRun.of("generate", "--no-such-option").exit());
        assertEquals(2, CliRun.of("validate", "--error-format", "xml").exit());
    }

    @Test
    void missingFileIsExitOneWithAHint(@TempDir Path dir) {
        CliRun run = CliRun.of("validate", "-f", dir.resolve("nope.yaml").toString());
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("no such file"), run.err());
        assertTrue(run.err().contains("hint:"), run.err());
    }

    @Test
    void helpListsTheExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(0, run.exit());
        for (String code : new String[] {"  0 ", "  1 ", "  2 ", "  3 ", "  4 ", "  70 "}) {
            assertTrue(run.out().contains(code), code);
        }
    }
}
