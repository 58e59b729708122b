package dev.gantry.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The schema is the editor help and the first line of defence: keep it valid, closed and documented. */
class SchemaTest {

    private final JsonNode schema = SchemaChecker.get().schemaJson();

    @Test
    void isAValidDraft202012Schema() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
        Schema meta = registry.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        List<Error> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), errors.toString());
    }

    @Test
    void isTheFileInTheRepository() throws Exception {
        assertEquals(new ObjectMapper().readTree(Files.readString(Path.of("schema/environment.schema.json"))), schema);
    }

    @Test
    void everyPropertyHasADescription() {
        List<String> missing = new ArrayList<>();
        walk(schema, "#", (node, path) -> {
            node.path("properties").fields().forEachRemaining(p -> {
                if (!p.getValue().has("description") && !resolve(p.getValue()).has("description")) {
                    missing.add(path + "/properties/" + p.getKey());
                }
            });
        });
        assertEquals(List.of(), missing);
    }

    /**
     * Every object that declares properties says whether others are allowed. A conditional subschema
     * ({@code if}, {@code then}, {@code else}) or a branch of {@code oneOf} that only requires keys
     * declares none: it constrains the object it applies to.
     */
    @Test
    void everyObjectWithPropertiesIsClosed() {
        List<String> open = new ArrayList<>();
        walk(schema, "#", (node, path) -> {
            if (node.has("properties") && !node.path("additionalProperties").isBoolean() && !constraint(node, path)) {
                open.add(path);
            }
        });
        assertEquals(List.of(), open);
    }

    /** A subschema that only constrains the object around it: a condition, or an untyped branch naming required keys. */
    private static boolean constraint(JsonNode node, String path) {
        return path.matches(".*/(if|then|else)$")
                || path.matches(".*/(oneOf|anyOf)/[0-9]+$") && !node.has("type") && node.has("required");
    }

    /** Only the raw blocks, pieces of other formats whose newer versions may have keys Gantry does not know, are open. */
    @Test
    void onlyRawBlocksAreOpen() {
        List<String> open = new ArrayList<>();
        walk(schema, "#", (node, path) -> {
            if (node.path("additionalProperties").asBoolean(false) && !path.startsWith("#/$defs/raw")) {
                open.add(path);
            }
        });
        assertEquals(List.of(), open);
    }

    @Test
    void everyReferenceResolves() {
        List<String> broken = new ArrayList<>();
        walk(schema, "#", (node, path) -> {
            if (node.has("$ref") && schema.at(node.get("$ref").asText().substring(1)).isMissingNode()) {
                broken.add(path + " -> " + node.get("$ref").asText());
            }
        });
        assertEquals(List.of(), broken);
        assertFalse(schema.path("$defs").isEmpty());
    }

    private JsonNode resolve(JsonNode node) {
        return node.has("$ref") ? schema.at(node.get("$ref").asText().substring(1)) : node;
    }

    private interface Visitor {
        void visit(JsonNode node, String path);
    }

    /** Keywords whose value maps names to subschemas: the map itself is no schema (a property may be named `properties`). */
    private static final java.util.Set<String> SCHEMA_MAPS = java.util.Set.of("properties", "patternProperties", "$defs");

    /** Visits every subschema except `if` conditions, which are predicates rather than definitions. */
    private static void walk(JsonNode node, String path, Visitor visitor) {
        if (path.endsWith("/if")) {
            return;
        }
        if (node.isObject()) {
            visitor.visit(node, path);
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (SCHEMA_MAPS.contains(e.getKey()) && e.getValue().isObject()) {
                    e.getValue().fields().forEachRemaining(sub -> walk(sub.getValue(),
                            path + "/" + e.getKey() + "/" + sub.getKey(), visitor));
                } else {
                    walk(e.getValue(), path + "/" + e.getKey(), visitor);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), path + "/" + i, visitor);
            }
        }
    }
}
