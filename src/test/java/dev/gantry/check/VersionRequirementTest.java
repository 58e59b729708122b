package dev.gantry.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostic;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YamlLoader;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import dev.gantry.util.GantryVersion;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VersionRequirementTest {

    @ParameterizedTest(name = "{1} {2} {0}")
    @CsvSource(delimiter = '|', textBlock = """
            '>=0.1, <0.2' | 0.1.0 | true
            '>=0.1, <0.2' | 0.1.9 | true
            '>=0.1, <0.2' | 0.2.0 | false
            '>=0.1, <0.2' | 0.0.9 | false
            '0.1'         | 0.1.7 | true
            '0.1'         | 0.2.0 | false
            '=0.1.2'      | 0.1.2 | true
            '=0.1.2'      | 0.1.3 | false
            '>0.1.2'      | 0.1.3 | true
            '<=0.1.2'     | 0.1.3 | false
            '~0.1.2'      | 0.1.9 | true
            '~0.1.2'      | 0.2.0 | false
            '~0.1.2'      | 0.1.1 | false
            '~1'          | 1.9.0 | true
            '^1.2'        | 1.9.0 | true
            '^1.2'        | 2.0.0 | false
            '^0.2.3'      | 0.2.9 | true
            '^0.2.3'      | 0.3.0 | false
            '^0.0.3'      | 0.0.4 | false
            '>=0.1'       | 0.1.0-SNAPSHOT | true
            """)
    void rangesAdmitTheVersionsTheyName(String range, String running, boolean admitted) {
        assertEquals(admitted, check("requires: '" + range + "'\n", running).isEmpty(), range + " vs " + running);
    }

    @Test
    void anotherVersionIsAnErrorAtTheRequiresValue() {
        List<Diagnostic> found = check("gantry: 1\nrequires: \">=0.3\"\n", "0.2.1");
        assertEquals(1, found.size());
        Diagnostic d = found.get(0);
        assertEquals("E045", d.code().id());
        assertEquals("2:11", d.position().toString());
        assertEquals("this file requires Gantry `>=0.3`, but this is Gantry 0.2.1", d.message());
        assertTrue(d.hint().contains("change `requires`, run `gantry generate` and review the diff"), d.hint());
    }

    @Test
    void malformedRangesAreLeftToTheSchema() {
        assertTrue(check("requires: 'soon'\n", "0.1.0").isEmpty());
    }

    @Test
    void aBuildWithoutAReleaseVersionWarns() {
        List<Diagnostic> found = check("requires: '>=0.1'\n", "dev");
        assertEquals(1, found.size());
        assertEquals("W102", found.get(0).code().id());
    }

    @Test
    void cliStopsAtTheVersionBeforeAnythingElse(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write("requires: '>=99'\n" + TempProject.minimal()
                + "keyOfAFutureVersion: true\n");
        for (String command : List.of("validate", "generate", "diff")) {
            CliRun run = project.run(command);
            assertEquals(1, run.exit(), command);
            assertEquals(project.file() + ":1:11: error[E045]: this file requires Gantry `>=99`, but this is Gantry "
                    + GantryVersion.current(), run.err().lines().findFirst().orElseThrow(), command);
            assertFalse(run.err().contains("E020"), "no schema error for the newer key: " + run.err());
        }
        String admitted = "requires: '>=" + GantryVersion.current() + "'\n" + TempProject.minimal();
        assertEquals(0, project.write(admitted).run("validate").exit());
    }

    private static List<Diagnostic> check(String yaml, String running) {
        Diagnostics diagnostics = new Diagnostics("environment.yaml");
        SourceFile source = new SourceFile(Path.of("environment.yaml"), "environment.yaml", yaml);
        VersionRequirement.check(YamlLoader.load(source, diagnostics).root().orElseThrow(), running, diagnostics);
        return diagnostics.sorted();
    }
}
