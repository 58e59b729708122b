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
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Validates a loaded environment file against {@code schema/environment.schema.json}. */
public final class SchemaChecker {

    public static final String SCHEMA_RESOURCE = "schema/environment.schema.json";

    /** Each round of {@link #acceptedPart} removes what the last one left invalid; a tree is not this deep in errors. */
    private static final int MAX_PRUNING_ROUNDS = 8;

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

    /**
     * The part of {@code root} the schema accepts: {@code root} without each subtree the schema found
     * invalid, the reported ones first, then whatever removing them made invalid (a mapping left without
     * a required key goes too), until what is left is valid. Empty when that would take the top level,
     * or {@code root} holds a number no generated file can hold. Later stages check the rest of the
     * file on it, so that one run reports every problem whose check an earlier error does not spoil.
     */
    public Optional<YNode> acceptedPart(YNode root) {
        if (!FiniteNumbers.check(root, new Diagnostics("-"))) {
            return Optional.empty();
        }
        YNode tree = root;
        for (int round = 0; round < MAX_PRUNING_ROUNDS; round++) {
            List<Error> errors = schema.validate(JsonTree.of(tree));
            if (errors.isEmpty()) {
                return Optional.of(tree);
            }
            Set<List<Object>> invalid = new HashSet<>();
            SchemaErrorTranslator.select(errors).forEach(e -> invalid.add(SchemaErrorTranslator.invalidPart(e)));
            if (invalid.contains(List.of())) {
                return Optional.empty();
            }
            tree = TreePruner.without(tree, invalid);
        }
        return Optional.empty();
    }
}
