package dev.gantry.upgrade;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gantry outdated` on every example, on a fixed day: the report, its formats and its exit code. */
class OutdatedCommandTest {

    /** The day the approved reports were made for: support dates are judged against it. */
    private static final String DAY = "2026-12-06";

    @Test
    void everyExample() throws Exception {
        StringBuilder out = new StringBuilder();
        try (Stream<Path> examples = Files.list(Path.of("examples")).sorted()) {
            for (Path example : (Iterable<Path>) examples::iterator) {
                CliRun run = CliRun.of("outdated", "-f", example.resolve("environment.yaml").toString(), "--date", DAY);
                assertEquals("", run.err(), example.toString());
                out.append("$ gantry outdated -f ").append(example.resolve("environment.yaml")).append(" --date ")
                        .append(DAY).append("  # exit ").append(run.exit()).append('\n').append(run.out()).append('\n');
            }
        }
        Approvals.verify(out.toString());
    }

    @Test
    void markdownForAnIssueOrAPullRequest() {
        CliRun run = CliRun.of("outdated", "-f", "examples/ezplatform/environment.yaml", "--date", DAY, "--format",
                "markdown");
        assertEquals(3, run.exit(), run.err());
        Approvals.verify(run.out());
    }

    @Test
    void jsonForMachines() throws Exception {
        CliRun run = CliRun.of("outdated", "-f", "examples/shopware/environment.yaml", "--date", DAY, "--format",
                "json");
        assertEquals(3, run.exit(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertEquals(DAY, report.get("date").asText());
        assertTrue(report.get("pastEndOfLife").asBoolean());
        JsonNode db = null;
        for (JsonNode pin : report.get("pins")) {
            if (pin.get("pin").asText().equals("services.db.use")) {
                db = pin;
            }
        }
        assertEquals("mysql:8.0", db.get("value").asText());
        assertEquals("2026-04-30", db.get("endOfLife").asText());
        assertTrue(db.get("pastEndOfLife").asBoolean());
        assertEquals("https://endoflife.date/mysql", db.get("source").asText());
        assertEquals("8.0", db.get("releaseLine").asText());
        assertTrue(db.get("crossesMajor").isBoolean());
    }

    @Test
    void exitsZeroWhileEverySupportLasts() {
        CliRun run = CliRun.of("outdated", "-f", "examples/ezplatform/environment.yaml", "--date", "2025-01-01");
        assertEquals(0, run.exit(), run.out());
        assertTrue(run.out().contains(" 0 past their end of life"), run.out());
    }

    @Test
    void anInvalidFileGetsItsDiagnosticsAndABadDayAUsageError(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(TempProject.minimal().replace("bookworm-slim", "latest"));
        Map<String, String> before = project.snapshot();
        CliRun invalid = project.run("outdated");
        assertEquals(1, invalid.exit());
        assertTrue(invalid.err().contains("error[E060]"), invalid.err());
        assertEquals(before, project.snapshot(), "writes nothing");

        CliRun day = CliRun.of("outdated", "-f", "examples/ezplatform/environment.yaml", "--date", "06/12/2026");
        assertEquals(2, day.exit());
        assertTrue(day.err().contains("expected a day as YYYY-MM-DD"), day.err());
        assertFalse(day.hasStackTrace(), day.err());
    }
}
