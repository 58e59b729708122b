package dev.gantry.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every keyword of the schema either has a problem of the catalogue (SchemaErrorTranslator words
 * its failures) or only holds other schemas, whose own keywords report; else a user's mistake would
 * meet a keyword without wording, which the translator takes for Gantry's bug.
 */
class SchemaKeywordsTest {

    /** Keywords that fail only through the schemas they hold, or never fail. */
    private static final Set<String> STRUCTURAL = Set.of("$schema", "$id", "$ref", "$defs", "$comment", "title",
            "description", "default", "examples", "deprecated", "properties", "patternProperties", "items", "allOf",
            "if", "then", "else");
    /** Keywords whose value is one schema, or a map or a list of them. */
    private static final Set<String> ONE = Set.of("items", "not", "if", "then", "else", "propertyNames",
            "additionalProperties", "unevaluatedProperties", "contains");
    private static final Set<String> MAP = Set.of("properties", "$defs", "patternProperties", "dependentSchemas");
    private static final Set<String> LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems");

    @Test
    void everyKeywordHasAWordingOrOnlyHoldsSchemas() {
        Map<String, String> unworded = new TreeMap<>();
        walk(SchemaChecker.get().schemaJson(), "#", null, unworded);
        assertEquals(Map.of(), unworded, "keywords SchemaErrorTranslator cannot word, with a place of each");
    }

    private static void walk(JsonNode schema, String at, String parentKeyword, Map<String, String> unworded) {
        if (!schema.isObject()) {
            return;
        }
        schema.fields().forEachRemaining(field -> {
            String keyword = field.getKey();
            String here = at + "/" + keyword;
            boolean worded = SchemaErrorTranslator.REPORTED.contains(keyword) || STRUCTURAL.contains(keyword)
                    || "not".equals(keyword) && "propertyNames".equals(parentKeyword);
            if (!worded) {
                unworded.putIfAbsent(keyword, here);
            }
            JsonNode value = field.getValue();
            if (ONE.contains(keyword)) {
                walk(value, here, keyword, unworded);
            } else if (MAP.contains(keyword)) {
                value.fields().forEachRemaining(e -> walk(e.getValue(), here + "/" + e.getKey(), keyword, unworded));
            } else if (LIST.contains(keyword)) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), here + "/" + i, keyword, unworded);
                }
            }
        });
    }

    @Test
    void aKeywordWithoutWordingIsFoundWhereverItStands() throws Exception {
        JsonNode schema = new com.fasterxml.jackson.databind.ObjectMapper().readTree("""
                {"properties": {"a": {"not": {"const": 1}}, "b": {"propertyNames": {"not": {"enum": ["x"]}}}},
                 "$defs": {"c": {"oneOf": [{"contains": {"type": "string"}}]}}}
                """);
        Map<String, String> unworded = new TreeMap<>();
        walk(schema, "#", null, unworded);
        assertEquals(Map.of("not", "#/properties/a/not", "contains", "#/$defs/c/oneOf/0/contains"), unworded);
    }
}
