package dev.gantry.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are large but not malformed: each gets one clear answer, in time that grows with
 * the input (never asserted here; src/bench/chain_depth.py measures it), and not one error per
 * element of a structure, each repeating the structure.
 */
class LimitsTest {

    private static final Pattern ERROR = Pattern.compile("environment\\.yaml:(\\d+):(\\d+): error\\[(E\\d+)\\]");

    /** Images i0 ... i(depth-1), each from the one before, one stage each. */
    static String chain(int depth) {
        StringBuilder yaml = new StringBuilder("gantry: 1\nproject:\n  name: deep\nimages:\n");
        for (int i = 0; i < depth; i++) {
            yaml.append("  i").append(i).append(":\n    from: ").append(i == 0 ? "debian:bookworm-slim" : "i" + (i - 1))
                    .append("\n    stages:\n      - name: s\n        run: [echo ").append(i).append("]\n");
        }
        return yaml.toString();
    }

    @Test
    void anImageChainAThousandDeepIsOneErrorWhereItPassesTheLimit(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(chain(1000));
        for (String command : new String[] {"validate", "generate"}) {
            CliRun run = project.run(command);
            String err = run.err().replace(project.file().toString(), "environment.yaml");
            assertEquals(1, run.exit(), err);
            Matcher m = ERROR.matcher(err);
            assertTrue(m.find(), err);
            // i101 is the first image that builds on 101 others; its `from` is on line 4 + 5 * 101 + 1.
            assertEquals("511:11 E141", m.group(1) + ":" + m.group(2) + " " + m.group(3), err);
            assertTrue(err.contains("image `i101` builds on more than 100 other images"), err);
            assertFalse(m.find(), "one error: " + err);
        }
        assertFalse(Files.exists(dir.resolve("Dockerfile")));
    }

    @Test
    void theLongestImageChainAllowedGenerates(@TempDir Path dir) throws IOException {
        TempProject project = new TempProject(dir).write(chain(101));
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        String last = Files.readString(dir.resolve(".docker/i100/Dockerfile.stage0"));
        assertEquals(101, last.lines().filter(l -> l.startsWith("FROM ") && l.endsWith("-s")).count(), last);
    }

    @Test
    void anExtendsCycleOfAThousandEnvironmentsIsOneErrorAtTheFirstExtendsLine(@TempDir Path dir) {
        StringBuilder yaml = new StringBuilder("gantry: 1\nproject:\n  name: shop\nenvironments:\n");
        for (int i = 0; i < 1000; i++) {
            yaml.append("  e").append(i).append(":\n    targets: [compose]\n    extends: e")
                    .append((i + 1) % 1000).append('\n');
        }
        CliRun run = new TempProject(dir).write(yaml.toString()).run("validate");
        String err = run.err().replace(dir.resolve("environment.yaml").toString(), "environment.yaml");
        assertEquals(1, run.exit(), err);
        Matcher m = ERROR.matcher(err);
        assertTrue(m.find(), err);
        assertEquals("7:14 E046", m.group(1) + ":" + m.group(2) + " " + m.group(3), "at e0's `extends:`: " + err);
        assertFalse(m.find(), "one error for the cycle: " + err);
        assertTrue(err.length() < 1000, "the cycle is not listed in full: " + err.length() + " characters");
        assertTrue(err.contains("e0 -> e1 -> "), err);
    }

    @Test
    void anExtendsCycleIsReportedAtItsExtendsLineEvenWhenExtendsIsTheFirstKey(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project:
                  name: shop
                environments:
                  dev:
                    targets: [compose]
                  qa:
                    extends: staging
                  staging:
                    extends: qa
                """).run("validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(":8:14: error[E046]: environment `qa` extends itself: qa -> staging -> qa"),
                run.err());
        assertEquals(1, ERROR.matcher(run.err()).results().count(), run.err());
    }

    @Test
    void twoHundredOrdinaryAliasesInAFileOfTwoKilobytesPass(@TempDir Path dir) {
        StringBuilder yaml = new StringBuilder("gantry: 1\nproject: {name: shop}\nenvironments:\n"
                + "  e0: &e {targets: [compose]}\n");
        for (int i = 1; i <= 200; i++) {
            yaml.append("  e").append(i).append(": *e\n");
        }
        assertTrue(yaml.length() < 2_500, yaml.length() + " bytes");
        CliRun run = new TempProject(dir).write(yaml.toString()).run("validate");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void aBillionLaughsStillFails(@TempDir Path dir) throws IOException {
        CliRun run = new TempProject(dir).writeBytes(Files.readAllBytes(
                CorpusTest.CORPUS.resolve("bomb-billion-laughs.yaml"))).run("validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("error[E008]: aliases expand the document beyond"), run.err());
    }
}
