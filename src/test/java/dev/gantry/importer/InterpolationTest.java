package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.importer.compose.DotEnv;
import dev.gantry.importer.compose.Interpolation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Compose's substitution rules, and .env files as compose reads them. */
class InterpolationTest {

    private static final Origin AT = new Origin("docker-compose.yml", 3, 7);
    private final Interpolation interpolation = new Interpolation(Map.of("SET", "value", "EMPTY", "", "B", "b"));

    private String apply(String text) throws InputError {
        return interpolation.apply(text, AT).value();
    }

    @Test
    void substitutesAsComposeDoes() throws InputError {
        assertEquals("value", apply("${SET}"));
        assertEquals("value/x", apply("$SET/x"));
        assertEquals("$SET", apply("$$SET"));
        assertEquals("a$", apply("a$$"));
        assertEquals("", apply("${UNSET}"));
        assertEquals("default", apply("${UNSET:-default}"));
        assertEquals("default", apply("${EMPTY:-default}"));
        assertEquals("", apply("${EMPTY-default}"));
        assertEquals("default", apply("${UNSET-default}"));
        assertEquals("value", apply("${SET:-default}"));
        assertEquals("other", apply("${SET:+other}"));
        assertEquals("", apply("${EMPTY:+other}"));
        assertEquals("other", apply("${EMPTY+other}"));
        assertEquals("b", apply("${UNSET:-${B}}"));
        assertEquals("x-b-y", apply("x-${UNSET:-${B}}-y"));
        assertEquals("value", apply("${SET:?needed}"));
        assertEquals("", apply("${EMPTY?needed}"));
    }

    @Test
    void recordsTheVariablesReadAndThoseNotSet() throws InputError {
        Interpolation.Result result = interpolation.apply("${SET}:${UNSET}:$OTHER", AT);
        assertEquals(List.of("SET", "UNSET", "OTHER"), result.variables());
        assertEquals(List.of("UNSET", "OTHER"), result.unset());
    }

    @Test
    void requiredVariablesStopWithTheirMessageAtTheirPlace() {
        InputError missing = assertThrows(InputError.class, () -> apply("${UNSET:?set it in .env}"));
        assertEquals("docker-compose.yml:3:7: error[E936]: required variable UNSET is missing a value: set it in .env"
                + "\n  hint: set UNSET in the .env file beside the compose file", missing.describe());
        assertThrows(InputError.class, () -> apply("${EMPTY:?x}"));
        assertThrows(InputError.class, () -> apply("${UNSET?x}"));
    }

    @Test
    void refusesWhatComposeRefuses() {
        for (String bad : List.of("${", "${}", "${SET", "a $ b", "${SET!x}")) {
            InputError e = assertThrows(InputError.class, () -> apply(bad), bad);
            assertTrue(e.getMessage().startsWith("invalid interpolation format"), e.getMessage());
        }
    }

    @Test
    void readsDotEnvAsComposeDoes() throws InputError {
        DotEnv env = DotEnv.parse(String.join("\n",
                "# a comment",
                "PLAIN=value",
                "export EXPORTED=yes",
                "SPACED = around ",
                "COMMENTED=value # a comment",
                "HASH=a#b",
                "SINGLE='literal ${PLAIN} \\n'",
                "DOUBLE=\"line\\nbreak ${PLAIN}\"",
                "MULTI=\"first",
                "second\"",
                "REF=${PLAIN}-$EXPORTED-${NONE:-fallback}",
                "EMPTY=",
                "NAME_ONLY",
                ""), ".env");
        Map<String, String> values = env.values();
        assertEquals("value", values.get("PLAIN"));
        assertEquals("yes", values.get("EXPORTED"));
        assertEquals("around", values.get("SPACED"));
        assertEquals("value", values.get("COMMENTED"));
        assertEquals("a#b", values.get("HASH"));
        assertEquals("literal ${PLAIN} \\n", values.get("SINGLE"));
        assertEquals("line\nbreak value", values.get("DOUBLE"));
        assertEquals("first\nsecond", values.get("MULTI"));
        assertEquals("value-yes-fallback", values.get("REF"));
        assertEquals("", values.get("EMPTY"));
        assertTrue(!values.containsKey("NAME_ONLY"));
        assertEquals(new Origin(".env", 2, 1), env.get("PLAIN").orElseThrow().origin());
    }
}
