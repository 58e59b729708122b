package dev.gantry.check;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YSeq;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Keys of open objects: the schema describes the {@code raw} blocks, pieces of a target's own format,
 * with the keys Gantry knows typed and every other key allowed ({@code additionalProperties: true}),
 * since a newer version of the format may have keys Gantry does not know yet. Such a key is reported
 * here, at its place: an error when it is a near miss of a known key (a typo, which the format's
 * reader would refuse), a warning otherwise. The open objects are the {@code raw} blocks and what is
 * in them (SchemaTest holds the schema to that): the file is searched for {@code raw} keys, and only
 * there is it walked with the schema, which is looked up along the way only where a block is found.
 * A raw level or target the schema gains is checked without code here.
 */
final class OpenKeys {

    private final JsonNode schema;
    private final Diagnostics diagnostics;
    /** Schemas by reference. */
    private final Map<String, JsonNode> refs = new HashMap<>();

    private OpenKeys(JsonNode schema, Diagnostics diagnostics) {
        this.schema = schema;
        this.diagnostics = diagnostics;
    }

    /** Reports the unknown keys of open objects in {@code root}, a file the schema accepted; true when none is an error. */
    static boolean check(YNode root, JsonNode schema, Diagnostics diagnostics) {
        Diagnostics found = new Diagnostics(diagnostics.file());
        OpenKeys keys = new OpenKeys(schema, found);
        keys.find(root, keys.new SchemaOf(null, null, null, schema));
        diagnostics.addAll(found);
        return !found.hasErrors();
    }

    /**
     * Where the walk is, for messages: the title of the nearest titled schema above ("a compose service")
     * and the keys from there ({@code deploy.resources}).
     */
    private record Place(String title, String path) {

        Place under(String key) {
            return new Place(title, path.isEmpty() ? key : path + "." + key);
        }

        @Override
        public String toString() {
            return path.isEmpty() ? title : "`" + path + "` of " + title;
        }
    }

    /**
     * The schema of a node of the file, looked up when asked: from its parent's schema and the key (or,
     * for a list item, none) that leads to it.
     */
    private final class SchemaOf {
        private final SchemaOf parent;
        private final YNode parentNode;
        private final String key;
        private JsonNode found;

        SchemaOf(SchemaOf parent, YNode parentNode, String key, JsonNode found) {
            this.parent = parent;
            this.parentNode = parentNode;
            this.key = key;
            this.found = found;
        }

        /** The schema; null when the file goes where the schema does not. */
        JsonNode get() {
            if (found == null && parent != null) {
                JsonNode above = parent.get();
                found = above == null ? null : child(above, parentNode, key);
            }
            return found;
        }
    }

    /** Finds the file's {@code raw} blocks and walks each one with its schema. */
    private void find(YNode node, SchemaOf schemaOf) {
        if (node instanceof YMap map) {
            for (YMap.Entry entry : map.entries().values()) {
                SchemaOf child = new SchemaOf(schemaOf, map, entry.key(), null);
                if (entry.key().equals("raw") && entry.value() instanceof YMap && child.get() != null) {
                    walk(entry.value(), child.get(), new Place("the file", ""));
                } else {
                    find(entry.value(), child);
                }
            }
        } else if (node instanceof YSeq seq) {
            for (YNode item : seq.items()) {
                find(item, new SchemaOf(schemaOf, seq, null, null));
            }
        }
    }

    /** The schema under {@code key} of {@code parent} (an item of it when null), by the parent's schema {@code at}. */
    private JsonNode child(JsonNode at, YNode parent, String key) {
        JsonNode s = resolve(at);
        Optional<JsonNode> branch = branch(s, parent);
        if (branch.isPresent()) {
            return child(branch.get(), parent, key);
        }
        if (key == null) {
            return s.path("items").isObject() ? s.get("items") : null;
        }
        JsonNode properties = s.path("properties");
        JsonNode additional = s.path("additionalProperties");
        return properties.has(key) ? properties.get(key)
                : pattern(s, key).orElse(additional.isObject() ? additional : null);
    }

    private void walk(YNode node, JsonNode at, Place place) {
        JsonNode s = resolve(at);
        Place here = s.has("title") ? new Place(s.get("title").asText(), "") : place;
        Optional<JsonNode> branch = branch(s, node);
        if (branch.isPresent()) {
            walk(node, branch.get(), here);
            return;
        }
        if (node instanceof YMap map) {
            JsonNode properties = s.path("properties");
            JsonNode additional = s.path("additionalProperties");
            boolean open = properties.isObject() && additional.isBoolean() && additional.asBoolean();
            for (YMap.Entry entry : map.entries().values()) {
                JsonNode sub = properties.has(entry.key()) ? properties.get(entry.key())
                        : pattern(s, entry.key()).orElse(additional.isObject() ? additional : null);
                if (sub != null) {
                    walk(entry.value(), sub, here.under(entry.key()));
                } else if (open) {
                    unknown(entry, names(properties), here);
                }
            }
        } else if (node instanceof YSeq seq && s.path("items").isObject()) {
            seq.items().forEach(item -> walk(item, s.get("items"), here));
        }
    }

    private void unknown(YMap.Entry entry, List<String> known, Place what) {
        Optional<String> near = Similarity.closest(entry.key(), known);
        if (near.isPresent()) {
            diagnostics.report(Problem.RAW_KEY_MISSPELT, entry.keyPosition(), entry.key(), what, near.get());
        } else {
            diagnostics.report(Problem.RAW_KEY_UNKNOWN, entry.keyPosition(), entry.key(), what);
        }
    }

    /** The schema a {@code $ref} names (what stands beside a reference in this schema is annotation only). */
    private JsonNode resolve(JsonNode node) {
        JsonNode s = node;
        while (s.has("$ref")) {
            s = refs.computeIfAbsent(s.get("$ref").asText(), ref -> schema.at(ref.substring(1)));
        }
        return s;
    }


    /** The one branch of a oneOf or anyOf that can hold {@code node}; empty when there is none or several. */
    private Optional<JsonNode> branch(JsonNode s, YNode node) {
        JsonNode branches = s.has("oneOf") ? s.get("oneOf") : s.get("anyOf");
        if (branches == null) {
            return Optional.empty();
        }
        List<JsonNode> fitting = new ArrayList<>();
        for (JsonNode b : branches) {
            if (holds(resolve(b), node)) {
                fitting.add(b);
            }
        }
        return fitting.size() == 1 ? Optional.of(fitting.get(0)) : Optional.empty();
    }

    private static boolean holds(JsonNode s, YNode node) {
        JsonNode type = s.get("type");
        if (type == null) {
            return true;
        }
        String kind = node instanceof YMap ? "object" : node instanceof YSeq ? "array" : null;
        if (kind == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (t.asText().equals(kind)) {
                    return true;
                }
            }
            return false;
        }
        return type.asText().equals(kind);
    }

    private static Optional<JsonNode> pattern(JsonNode s, String key) {
        JsonNode patterns = s.path("patternProperties");
        for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> p = it.next();
            if (Pattern.compile(p.getKey()).matcher(key).find()) {
                return Optional.of(p.getValue());
            }
        }
        return Optional.empty();
    }

    private static List<String> names(JsonNode properties) {
        List<String> out = new ArrayList<>();
        properties.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
