package dev.gantry.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.Runtimes;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.load.Loaded;
import dev.gantry.load.SourceFile;
import dev.gantry.load.SourceReader;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YSeq;
import dev.gantry.load.YamlLoader;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The schema and the binders say the same: every property the schema defines is read by a binder
 * when a file uses it, and every key a file writes where the schema has a property for it is read.
 * The files are the examples and the inputs under {@code coverage/}, which together use every
 * property; keys are followed by the place they were written at, through extends and overrides.
 * The other way round, every key the binders ask for by name is a property of the schema.
 */
class SchemaBindingCoverageTest {

    /** Properties only the schema reads: they are checked there and mean nothing more. */
    private static final Set<String> SCHEMA_ONLY = Set.of("/properties/gantry");
    /**
     * A catalog service's {@code config:} is bound whole, and each catalog kind reads the settings it
     * takes: these properties are checked against the catalog instead.
     */
    private static final String CATALOG_CONFIG = "/$defs/catalogConfig/properties/";
    /** Subschemas that constrain properties declared elsewhere rather than declare their own. */
    private static final Set<String> CONDITIONS = Set.of("if", "then", "else", "not");

    private final JsonNode schema = SchemaChecker.get().schemaJson();

    @Test
    void everyPropertyOfTheSchemaIsBoundAndEveryKeyWrittenIsRead() throws Exception {
        Catalog.get().entries();
        Runtimes.get().names();
        Set<String> bound = new TreeSet<>();
        Map<String, String> unread = new TreeMap<>();
        for (Path file : files()) {
            Set<Position> read = Collections.synchronizedSet(new HashSet<>());
            YMap.onKeyRead(read::add);
            Compilation compilation;
            try {
                compilation = Compiler.compile(file, file.toString(), Options.validateOnly());
            } finally {
                YMap.onKeyRead(null);
            }
            assertTrue(compilation.ok(), file + ": " + compilation.diagnostics());
            Map<Position, String> written = new TreeMap<>();
            walk(load(file), schema, "", written);
            written.forEach((at, location) -> {
                if (read.contains(at) || location.startsWith(CATALOG_CONFIG)) {
                    bound.add(location);
                } else if (!SCHEMA_ONLY.contains(location)) {
                    unread.putIfAbsent(location, file + ":" + at);
                }
            });
        }
        assertEquals(Map.of(), unread, "keys the schema accepts that no binder read (schema location -> where)");
        Set<String> properties = new TreeSet<>();
        collectProperties(schema, "", properties);
        properties.removeAll(bound);
        properties.removeAll(SCHEMA_ONLY);
        properties.removeIf(p -> p.startsWith(CATALOG_CONFIG) || isRaw(p));
        assertEquals(Set.of(), properties, "schema properties that no input uses or no binder reads");
    }

    @Test
    void everyCatalogSettingOfTheSchemaIsOneAKindTakes() {
        Set<String> taken = new TreeSet<>();
        Catalog.get().entries().forEach(e -> taken.addAll(e.settingNames()));
        Set<String> declared = new TreeSet<>();
        schema.at(CATALOG_CONFIG.substring(0, CATALOG_CONFIG.length() - 1)).fieldNames().forEachRemaining(declared::add);
        assertEquals(declared, taken, "`config:` settings of the schema and the settings catalog kinds take");
    }

    @Test
    void everyKeyTheBindersAskForIsInTheSchema() throws IOException {
        Set<String> names = new TreeSet<>();
        collectNames(schema, names);
        Set<String> asked = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java/dev/gantry/bind"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                java.util.regex.Matcher m = java.util.regex.Pattern
                        .compile("(?:Fields\\.\\w+|\\.get|\\.keyPosition|string|located|flag|integer|map|strings|"
                                + "list|scalarMap|locatedStrings|command|healthcheck|number|size|optionalMap|"
                                + "optionalFlag)\\((?:\\w+, )?\"([a-z_]+)\"\\)")
                        .matcher(Files.readString(source));
                while (m.find()) {
                    asked.add(m.group(1));
                }
            }
        }
        asked.removeAll(names);
        assertEquals(Set.of(), asked, "keys binders read that the schema does not define");
    }

    private static List<Path> files() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.map(d -> d.resolve("environment.yaml")).filter(Files::isRegularFile).sorted().forEach(out::add);
        }
        try (Stream<Path> inputs = Files.list(Path.of("src/test/resources/coverage"))) {
            inputs.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(out::add);
        }
        return out;
    }

    private static YNode load(Path file) {
        Diagnostics diagnostics = new Diagnostics(file.toString());
        SourceFile source = SourceReader.read(file, file.toString(), diagnostics).orElseThrow();
        Loaded loaded = YamlLoader.load(source, diagnostics);
        return loaded.root().orElseThrow();
    }

    /**
     * A raw block or a key inside one. A {@code raw} block is bound whole, as a tree of the target's
     * format (RawBinder), and its schema lists the format's keys for editors and for the open-key
     * checks, not keys Gantry reads one by one: the formats' keys need no input.
     */
    private static boolean isRaw(String location) {
        return location.startsWith("/$defs/raw") || location.contains("/properties/raw/")
                || location.endsWith("/properties/raw") && !location.equals("/properties/raw");
    }

    /** Each key of {@code node} that a schema property describes, with that property's location. */
    private void walk(YNode node, JsonNode at, String location, Map<Position, String> written) {
        JsonNode s = resolve(at);
        if (node instanceof YMap map) {
            for (YMap.Entry entry : map.entries().values()) {
                String property = findProperty(s, location, entry.key());
                if (property != null) {
                    written.put(entry.keyPosition(), property);
                    if (isRaw(property)) {
                        continue; // a raw block is read whole, as a tree: its keys are the target format's
                    }
                    walk(entry.value(), schema.at(property.isEmpty() ? "" : property), property, written);
                } else {
                    JsonNode additional = additional(s, entry.key());
                    if (additional != null) {
                        walk(entry.value(), additional, location + "/*", written);
                    }
                }
            }
        } else if (node instanceof YSeq seq) {
            for (JsonNode branch : branches(s)) {
                JsonNode items = resolve(branch).get("items");
                if (items != null) {
                    seq.items().forEach(item -> walk(item, items, location + "/items", written));
                    return;
                }
            }
        }
    }

    /** The schema location of property {@code key} of an object described by {@code s}, in any of its branches. */
    private String findProperty(JsonNode s, String location, String key) {
        for (JsonNode branch : branches(s)) {
            JsonNode resolved = resolve(branch);
            JsonNode props = resolved.get("properties");
            if (props != null && props.has(key)) {
                return pointer(resolved) + "/properties/" + key;
            }
        }
        return null;
    }

    /** What describes the value of a key that is not a fixed property: additional or pattern properties. */
    private JsonNode additional(JsonNode s, String key) {
        for (JsonNode branch : branches(s)) {
            JsonNode resolved = resolve(branch);
            JsonNode patterns = resolved.get("patternProperties");
            if (patterns != null) {
                Iterator<Map.Entry<String, JsonNode>> it = patterns.fields();
                while (it.hasNext()) {
                    Map.Entry<String, JsonNode> p = it.next();
                    if (java.util.regex.Pattern.compile(p.getKey()).matcher(key).find()) {
                        return p.getValue();
                    }
                }
            }
            JsonNode additional = resolved.get("additionalProperties");
            if (additional != null && additional.isObject()) {
                return additional;
            }
        }
        return null;
    }

    /** {@code s} and every subschema it combines (allOf, anyOf, oneOf, then, else), resolved, depth first. */
    private List<JsonNode> branches(JsonNode s) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode resolved = resolve(s);
        out.add(resolved);
        for (String key : List.of("allOf", "anyOf", "oneOf")) {
            JsonNode list = resolved.get(key);
            if (list != null) {
                list.forEach(b -> out.addAll(branches(b)));
            }
        }
        for (String key : List.of("then", "else")) {
            JsonNode b = resolved.get(key);
            if (b != null) {
                out.addAll(branches(b));
            }
        }
        return out;
    }

    private JsonNode resolve(JsonNode s) {
        JsonNode current = s;
        while (current != null && current.has("$ref")) {
            current = schema.at(current.get("$ref").asText().substring(1));
        }
        return current;
    }

    /** The JSON pointer of a node of the schema (found by identity). */
    private String pointer(JsonNode node) {
        String found = find(schema, node, "");
        if (found == null) {
            throw new IllegalStateException("not a node of the schema");
        }
        return found;
    }

    private static String find(JsonNode in, JsonNode node, String path) {
        if (in == node) {
            return path;
        }
        if (in.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = in.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String found = find(e.getValue(), node, path + "/" + e.getKey().replace("~", "~0").replace("/", "~1"));
                if (found != null) {
                    return found;
                }
            }
        } else if (in.isArray()) {
            for (int i = 0; i < in.size(); i++) {
                String found = find(in.get(i), node, path + "/" + i);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static void collectProperties(JsonNode s, String path, Set<String> out) {
        if (s.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = s.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> e = it.next();
                String child = path + "/" + e.getKey().replace("~", "~0").replace("/", "~1");
                if (CONDITIONS.contains(e.getKey())) {
                    continue;
                }
                // An untyped branch that names required keys constrains the object around it, declares none.
                boolean constraint = !s.has("type") && s.has("required") && path.matches(".*/(oneOf|anyOf)/[0-9]+");
                if (e.getKey().equals("properties") && e.getValue().isObject() && !constraint) {
                    e.getValue().fieldNames().forEachRemaining(name -> out.add(child + "/" + name));
                }
                collectProperties(e.getValue(), child, out);
            }
        } else if (s.isArray()) {
            for (int i = 0; i < s.size(); i++) {
                collectProperties(s.get(i), path + "/" + i, out);
            }
        }
    }

    private static void collectNames(JsonNode s, Set<String> out) {
        if (s.isObject()) {
            JsonNode props = s.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(out::add);
            }
            s.elements().forEachRemaining(child -> collectNames(child, out));
        } else if (s.isArray()) {
            s.elements().forEachRemaining(child -> collectNames(child, out));
        }
    }
}
