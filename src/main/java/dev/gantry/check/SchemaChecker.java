package dev.gantry.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.YNode;
import dev.gantry.util.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Validates a loaded environment file against {@code schema/environment.schema.json}. */
public final class SchemaChecker {

    public static final String SCHEMA_RESOURCE = "schema/environment.schema.json";

    private final JsonNode schemaJson;
    private final Schema schema;

    private SchemaChecker(JsonNode schemaJson) {
        this.schemaJson = schemaJson;
        SchemaRegistryConfig config = SchemaRegistryConfig.builder()
                .locale(Locale.ENGLISH)
                .formatAssertionsEnabled(true)
                .build();
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(config));
        this.schema = registry.getSchema(SchemaLocation.of("https://gantry.dev/schema/environment.schema.json"),
                schemaJson);
    }

    private static final class Holder {
        static final SchemaChecker INSTANCE = new SchemaChecker(readSchema());
    }

    /** The shipped text, read once: the checker parses it, the editor schema target and `gantry schema` copy it. */
    private static final class Text {
        static final String SCHEMA = readText();
    }

    public static SchemaChecker get() {
        return Holder.INSTANCE;
    }

    /** The schema text exactly as shipped. */
    public static String schemaText() {
        return Text.SCHEMA;
    }

    private static String readText() {
        try (InputStream in = SchemaChecker.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode readSchema() {
        try {
            return Json.read(schemaText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public JsonNode schemaJson() {
        return schemaJson;
    }

    /** Reports every schema violation of {@code root}; returns true when there was none. */
    public boolean check(YNode root, Diagnostics diagnostics) {
        if (!FiniteNumbers.check(root, diagnostics)) {
            return false;
        }
        List<Error> errors = schema.validate(JsonTree.of(root));
        new SchemaErrorTranslator(schemaJson, root, diagnostics).translate(errors);
        return errors.isEmpty() && OpenKeys.check(root, schemaJson, diagnostics);
    }
}
