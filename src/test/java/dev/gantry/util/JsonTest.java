package dev.gantry.util;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.check.SchemaChecker;
import dev.gantry.support.HostileStrings;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Json does what the ObjectMapper it replaces on the hot path did. */
class JsonTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void quotesAsTheObjectMapperWrites() throws Exception {
        List<String> values = new ArrayList<>(HostileStrings.FIXED);
        values.addAll(HostileStrings.random(12, 500));
        StringBuilder every = new StringBuilder();
        for (char c = 0; c < 0x3000; c++) {
            every.append(c);
        }
        values.add(every.toString());
        values.add("\uD800 lone surrogate \uDFFF");
        for (String value : values) {
            assertEquals(MAPPER.writeValueAsString(value), Json.quote(value), value);
        }
    }

    @Test
    void readsTreesAsTheObjectMapperReads() throws Exception {
        List<String> texts = List.of(SchemaChecker.schemaText(), "{\"a\": 1, \"a\": 2}", "[1, 2.5, -3e400, 12345678901,"
                + " 123456789012345678901234567890, true, false, null, \"x\", {}, []]", "{\"x\": 1} trailing", "  ");
        for (String text : texts) {
            assertEquals(MAPPER.readTree(text), Json.read(text), text);
            assertEquals(MAPPER.readTree(text), Json.read(text.getBytes(StandardCharsets.UTF_8)), text);
        }
        assertThrows(IOException.class, () -> Json.read("{\"a\": }"));
    }

    @Test
    void strictReadingRejectsWhatTheArtifactCheckMustCatch() throws Exception {
        Json.checkStrict("{\"a\": [1, {\"b\": 2}], \"c\": \"d\"}");
        assertThrows(IOException.class, () -> Json.checkStrict("{\"a\": 1, \"a\": 2}"));
        assertThrows(IOException.class, () -> Json.checkStrict("{\"a\": [1, 2}"));
        assertTrue(Json.isStringArray("[\"a\", \"b\"] and the rest"));
        assertTrue(Json.isStringArray("[]"));
        assertFalse(Json.isStringArray("[\"a\", 1]"));
        assertFalse(Json.isStringArray("[\"a\""));
        assertFalse(Json.isStringArray("{\"a\": \"b\"}"));
    }
}
