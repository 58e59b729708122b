package dev.gantry.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YPath;
import dev.gantry.load.YScalar;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Turns the validator's errors into diagnostics a user can act on: placed at the offending key or
 * value, worded in terms of environment.yaml, with a hint taken from the schema where it helps.
 */
final class SchemaErrorTranslator {

    private final JsonNode schemaJson;
    private final YNode root;
    private final Diagnostics diagnostics;

    SchemaErrorTranslator(JsonNode schemaJson, YNode root, Diagnostics diagnostics) {
        this.schemaJson = schemaJson;
        this.root = root;
        this.diagnostics = diagnostics;
    }

    void translate(List<Error> errors) {
        List<Error> selected = select(errors);
        java.util.Set<String> suggested = new java.util.HashSet<>();
        for (Error e : selected) {
            if ("additionalProperties".equals(e.getKeyword())) {
                Similarity.closest(e.getProperty(), allowedKeys(e))
                        .ifPresent(key -> suggested.add(e.getInstanceLocation() + "/" + key));
            }
        }
        for (Error e : selected) {
            // "unknown key `form`, did you mean `from`?" already explains the missing `from`.
            if ("required".equals(e.getKeyword()) && suggested.contains(e.getInstanceLocation() + "/" + e.getProperty())) {
                continue;
            }
            report(e);
        }
    }

    /**
     * The errors worth reporting. A failed oneOf/anyOf is explained by the branch the value was
     * evidently meant for: the one that failed deepest into the value, or the only one whose type
     * fits (a mapping with an unknown key is reported as that key, with a did-you-mean); only when no
     * branch fits, or several fit as well, is the oneOf itself reported, as "must be X or Y".
     */
    static List<Error> select(List<Error> errors) {
        List<Error> alternatives = errors.stream()
                .filter(SchemaErrorTranslator::isAlternative)
                .filter(o -> errors.stream().noneMatch(other -> other != o && isAlternative(other) && isUnder(o, other)))
                .toList();
        List<Error> chosen = new ArrayList<>();
        for (Error e : errors) {
            if (!alternatives.contains(e) && alternatives.stream().noneMatch(o -> isUnder(e, o))) {
                chosen.add(e);
            }
        }
        for (Error alternative : alternatives) {
            Map<String, List<Error>> byBranch = new LinkedHashMap<>();
            String prefix = alternative.getEvaluationPath() + "/";
            for (Error e : errors) {
                if (e != alternative && isUnder(e, alternative)) {
                    String rest = e.getEvaluationPath().toString().substring(prefix.length());
                    String branch = rest.contains("/") ? rest.substring(0, rest.indexOf('/')) : rest;
                    byBranch.computeIfAbsent(branch, k -> new ArrayList<>()).add(e);
                }
            }
            List<Error> best = null;
            int bestScore = -1;
            int atBest = 0;
            for (List<Error> branch : byBranch.values()) {
                int score = score(branch, alternative);
                if (score > bestScore) {
                    bestScore = score;
                    best = branch;
                    atBest = 1;
                } else if (score == bestScore) {
                    atBest++;
                }
            }
            // Branches of the right type but the wrong shape explain the value only when one alone fits.
            if (best == null || bestScore < 0 || (bestScore == 0 && atBest > 1)) {
                chosen.add(alternative);
            } else {
                chosen.addAll(select(best));
            }
        }
        return chosen;
    }

    /** The path of the value an error makes invalid: an unknown or misnamed key itself, else the value that failed. */
    static List<Object> invalidPart(Error error) {
        List<Object> path = pathOf(error.getInstanceLocation());
        boolean aboutAKey = switch (error.getKeyword()) {
            case "additionalProperties", "unevaluatedProperties", "propertyNames" -> error.getProperty() != null;
            default -> false;
        };
        return aboutAKey ? YPath.child(path, error.getProperty()) : path;
    }

    private static boolean isAlternative(Error e) {
        return "oneOf".equals(e.getKeyword()) || "anyOf".equals(e.getKeyword());
    }

    private static boolean isUnder(Error inner, Error outer) {
        return inner.getEvaluationPath().toString().startsWith(outer.getEvaluationPath() + "/");
    }

    /** How well a branch fits: -1 wrong type, 0 wrong shape, else how deep into the value it failed. */
    private static int score(List<Error> branch, Error alternative) {
        int depth = alternative.getInstanceLocation().getNameCount();
        int score = Integer.MAX_VALUE;
        for (Error e : branch) {
            boolean here = e.getInstanceLocation().getNameCount() == depth;
            if (here && "type".equals(e.getKeyword())) {
                return -1;
            }
            int s = here ? ("required".equals(e.getKeyword()) || "additionalProperties".equals(e.getKeyword()) ? 0 : 1)
                    : 1 + e.getInstanceLocation().getNameCount() - depth;
            score = Math.min(score, s);
        }
        return score == Integer.MAX_VALUE ? 0 : score;
    }

    private void report(Error error) {
        List<Object> path = pathOf(error.getInstanceLocation());
        YNode node = YPath.find(root, path).orElse(root);
        String where = YPath.display(path);
        JsonNode schemaNode = owner(error);
        Position at = node.position();
        switch (error.getKeyword()) {
            case "additionalProperties", "unevaluatedProperties" -> reportUnknownKey(error, node, where);
            case "required" -> diagnostics.report(Problem.MISSING_KEY, at, error.getProperty(), where,
                    describe(owner(error), error.getProperty()));
            case "dependentRequired" -> {
                String missing = String.valueOf(error.getArguments()[0]);
                String present = error.getProperty();
                diagnostics.report(Problem.MISSING_COMPANION_KEY, keyPosition(node, present), present, missing, where,
                        describe(owner(error), missing));
            }
            case "type" -> {
                Optional<Boolean> meant = yaml11Boolean(node, schemaNode);
                if (meant.isPresent()) {
                    diagnostics.report(Problem.YAML11_BOOLEAN, at, where, typeWords(schemaNode), node.kind(),
                            ((YScalar) node).asText(), meant.get());
                } else {
                    diagnostics.report(Problem.WRONG_TYPE, at, where, typeWords(schemaNode), node.kind(),
                            nearestDescription(error));
                }
            }
            case "enum", "const" -> {
                List<String> choices = choices(schemaNode);
                String value = valueText(node);
                String suggestion = Similarity.closest(value, choices).map(s -> "did you mean `" + s + "`?")
                        .orElse("one of: " + String.join(", ", choices));
                diagnostics.report(Problem.NOT_ALLOWED_VALUE, at, abbreviate(value), where, suggestion);
            }
            case "pattern", "format" -> diagnostics.report(Problem.INVALID_FORMAT, at, abbreviate(valueText(node)),
                    where, nearestDescription(error));
            case "propertyNames" -> reportPropertyName(error, node, where);
            case "oneOf", "anyOf" -> diagnostics.report(Problem.WRONG_TYPE, at, where, branchWords(schemaNode),
                    node.kind(), nearestDescription(error));
            case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum" ->
                    reportLimit(Problem.OUT_OF_RANGE, error, at, where);
            case "minLength", "maxLength" -> reportLimit(Problem.LENGTH_OUT_OF_RANGE, error, at, where);
            case "minItems", "maxItems" -> reportLimit(Problem.ITEM_COUNT_OUT_OF_RANGE, error, at, where);
            case "minProperties", "maxProperties" -> reportLimit(Problem.KEY_COUNT_OUT_OF_RANGE, error, at, where);
            case "uniqueItems" -> diagnostics.report(Problem.REPEATED_ITEM, at, where);
            default -> throw new IllegalStateException("the schema keyword `" + error.getKeyword()
                    + "` has no problem in the catalogue (" + where + ": " + error.getMessage() + ")");
        }
    }

    /** The keywords {@link #report} words; SchemaKeywordsTest holds the schema to them. */
    static final java.util.Set<String> REPORTED = java.util.Set.of("additionalProperties", "unevaluatedProperties",
            "required", "dependentRequired", "type", "enum", "const", "pattern", "format", "propertyNames", "oneOf",
            "anyOf", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength", "maxLength",
            "minItems", "maxItems", "minProperties", "maxProperties", "uniqueItems");

    private void reportLimit(Problem problem, Error error, Position at, String where) {
        diagnostics.report(problem, at, where, plain(error.getMessage()), nearestDescription(error));
    }

    /**
     * A key the schema does not allow here: a likely misspelling, a key of a block one level down
     * written directly here, a key of a neighbouring block, or one unknown altogether.
     */
    private void reportUnknownKey(Error error, YNode node, String where) {
        String key = error.getProperty();
        Position at = keyPosition(node, key);
        List<String> allowed = allowedKeys(error);
        Optional<String> closest = Similarity.closest(key, allowed);
        if (closest.isPresent()) {
            diagnostics.report(Problem.UNKNOWN_KEY, at, key, where, "did you mean `" + closest.get() + "`?");
            return;
        }
        NodePath path = error.getEvaluationPath();
        int end = path.getNameCount() - 1;
        List<String> below = keysHolding(schemaAt(path, end), key, null);
        OptionalInt block = enclosingBlock(path, end);
        String here = block.isPresent() ? path.getName(block.getAsInt()) : null;
        List<String> beside = block.isPresent() && below.isEmpty()
                ? keysHolding(schemaAt(path, block.getAsInt() - 1), key, here) : List.of();
        if ((below.contains("config") || beside.contains("config")) && builtFromImage(node)) {
            diagnostics.report(key.equals("disk") ? Problem.DISK_ON_BUILT_SERVICE : Problem.CONFIG_KEY_ON_BUILT_SERVICE,
                    at, key, where);
            return;
        }
        if (!below.isEmpty()) {
            diagnostics.report(Problem.KEY_OF_INNER_BLOCK, at, key, where, orList(quoted(below)));
            return;
        }
        if (!beside.isEmpty()) {
            diagnostics.report(Problem.KEY_OF_OTHER_BLOCK, at, key, where, orList(quoted(beside)), here);
            return;
        }
        diagnostics.report(Problem.UNKNOWN_KEY, at, key, where,
                allowed.isEmpty() ? null : "allowed here: " + String.join(", ", allowed));
    }

    /** A service built from an image, where the catalog settings of `config` do not apply. */
    private static boolean builtFromImage(YNode node) {
        return node instanceof YMap service && service.get("image").isPresent() && service.get("use").isEmpty();
    }

    private static Position keyPosition(YNode node, String key) {
        return node instanceof YMap map && key != null ? map.keyPosition(key) : node.position();
    }

    /**
     * A key whose name breaks {@code propertyNames}: a malformed name, or (when that schema is a
     * {@code not}) a key that is well formed but excluded here, e.g. a block of another driver.
     */
    private void reportPropertyName(Error error, YNode node, String where) {
        String name = error.getProperty();
        Position at = keyPosition(node, name);
        JsonNode names = keywordValue(error);
        String hint = description(names).orElse(nearestDescription(error));
        if (names.has("not")) {
            diagnostics.report(Problem.KEY_NOT_APPLICABLE, at, name, where, hint);
            return;
        }
        diagnostics.report(Problem.INVALID_NAME, at, abbreviate(name == null ? "?" : name), where, hint);
    }

    /**
     * Where in {@code path} the name of the mapping an unknown key was found in stands, when that
     * mapping is a property (its neighbours may hold the key).
     */
    private static OptionalInt enclosingBlock(NodePath path, int end) {
        int i = end - 1;
        while (i > 0 && "$ref".equals(path.getName(i))) {
            i--;
        }
        return i < 1 || !"properties".equals(path.getName(i - 1)) ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The properties of {@code object} (other than {@code except}) whose own properties include {@code key}. */
    private List<String> keysHolding(JsonNode object, String key, String except) {
        List<String> out = new ArrayList<>();
        resolveRef(object).path("properties").fields().forEachRemaining(p -> {
            if (!p.getKey().equals(except) && resolveRef(p.getValue()).path("properties").has(key)) {
                out.add(p.getKey());
            }
        });
        return out;
    }

    /** The schema node an evaluation path leads to after its first {@code length} steps, references followed. */
    private JsonNode schemaAt(NodePath path, int length) {
        JsonNode node = schemaJson;
        for (int i = 0; i < length; i++) {
            String step = path.getName(i);
            node = "$ref".equals(step) ? resolveRef(node) : node.isArray() ? node.path(Integer.parseInt(step))
                    : node.path(step);
        }
        return node;
    }

    private static List<String> quoted(List<String> words) {
        return words.stream().map(w -> "`" + w + "`").toList();
    }

    // ---- schema lookups --------------------------------------------------------------------------

    private static List<Object> pathOf(NodePath location) {
        List<Object> path = new ArrayList<>();
        for (int i = 0; i < location.getNameCount(); i++) {
            path.add(location.getElement(i));
        }
        return path;
    }

    private static String fragment(Error error) {
        String fragment = error.getSchemaLocation().getFragment().toString();
        return fragment.startsWith("#") ? fragment.substring(1) : fragment;
    }

    /** The schema object in which the failing keyword stands. */
    private JsonNode owner(Error error) {
        String ptr = fragment(error);
        return resolveRef(schemaJson.at(ptr.substring(0, Math.max(0, ptr.lastIndexOf('/')))));
    }

    /** The value of the failing keyword, references followed. */
    private JsonNode keywordValue(Error error) {
        return resolveRef(schemaJson.at(fragment(error)));
    }

    private JsonNode resolveRef(JsonNode node) {
        int guard = 0;
        while (node.has("$ref") && guard++ < 10) {
            String ref = node.get("$ref").asText();
            JsonNode target = schemaJson.at(ref.substring(1));
            if (target.isMissingNode()) {
                break;
            }
            node = target;
        }
        return node;
    }

    private List<String> allowedKeys(Error error) {
        JsonNode schemaObject = owner(error);
        List<String> keys = new ArrayList<>();
        JsonNode properties = schemaObject.path("properties");
        for (Iterator<String> it = properties.fieldNames(); it.hasNext(); ) {
            keys.add(it.next());
        }
        return keys;
    }

    private String describe(JsonNode schemaObject, String property) {
        JsonNode prop = schemaObject.path("properties").path(property);
        return description(prop).or(() -> description(resolveRef(prop))).orElse(null);
    }

    private static Optional<String> description(JsonNode schemaNode) {
        JsonNode d = schemaNode.path("description");
        return d.isTextual() ? Optional.of(d.asText()) : Optional.empty();
    }

    /**
     * The description of the value that failed, as the hint: looked up from the failing keyword to
     * the property (or definition) that holds it, never beyond, since an ancestor's description
     * is about something else.
     */
    private String nearestDescription(Error error) {
        String ptr = fragment(error);
        while (!ptr.isEmpty()) {
            JsonNode node = schemaJson.at(ptr);
            Optional<String> d = description(node).or(() -> description(resolveRef(node)));
            if (d.isPresent()) {
                return d.get();
            }
            String parent = ptr.substring(0, Math.max(0, ptr.lastIndexOf('/')));
            if (parent.endsWith("/properties") || parent.endsWith("/$defs") || parent.isEmpty()) {
                return null;
            }
            ptr = parent;
        }
        return null;
    }

    private static final java.util.Set<String> YAML11_BOOLEANS = java.util.Set.of("yes", "no", "on", "off", "y", "n");

    /**
     * The boolean a YAML 1.1 word where a boolean belongs was meant as: YAML 1.1 read `yes` and `on`
     * as booleans; YAML 1.2, which Gantry reads, as strings.
     */
    private static Optional<Boolean> yaml11Boolean(YNode node, JsonNode schemaObject) {
        if (node instanceof YScalar s && s.isString() && "boolean".equals(schemaObject.path("type").asText())
                && YAML11_BOOLEANS.contains(s.asText().toLowerCase(java.util.Locale.ROOT))) {
            return Optional.of(java.util.Set.of("yes", "on", "y").contains(s.asText().toLowerCase(java.util.Locale.ROOT)));
        }
        return Optional.empty();
    }

    private static List<String> choices(JsonNode schemaObject) {
        List<String> out = new ArrayList<>();
        if (schemaObject.has("enum")) {
            schemaObject.get("enum").forEach(v -> out.add(v.asText()));
        } else if (schemaObject.has("const")) {
            out.add(schemaObject.get("const").asText());
        }
        return out;
    }

    private static String typeWords(JsonNode schemaObject) {
        JsonNode type = schemaObject.path("type");
        List<String> words = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> words.add(typeWord(t.asText())));
        } else if (type.isTextual()) {
            words.add(typeWord(type.asText()));
        }
        return words.isEmpty() ? "something else" : orList(words);
    }

    private String branchWords(JsonNode schemaObject) {
        List<String> words = new ArrayList<>();
        collectBranchWords(schemaObject, words);
        return orList(words);
    }

    /** The type words of every branch of a oneOf/anyOf, nested ones flattened, without repeats. */
    private void collectBranchWords(JsonNode schemaObject, List<String> words) {
        JsonNode branches = schemaObject.has("oneOf") ? schemaObject.get("oneOf") : schemaObject.path("anyOf");
        for (JsonNode branch : branches) {
            JsonNode resolved = resolveRef(branch);
            if (resolved.has("oneOf") || resolved.has("anyOf")) {
                collectBranchWords(resolved, words);
                continue;
            }
            JsonNode type = resolved.path("type");
            List<String> branchTypes = new ArrayList<>();
            if (type.isArray()) {
                type.forEach(t -> branchTypes.add(typeWord(t.asText())));
            } else {
                branchTypes.add(type.isTextual() ? typeWord(type.asText()) : "something else");
            }
            branchTypes.stream().filter(w -> !words.contains(w)).forEach(words::add);
        }
    }

    private static String orList(List<String> words) {
        if (words.size() <= 1) {
            return words.isEmpty() ? "" : words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.get(words.size() - 1);
    }

    private static String typeWord(String jsonType) {
        return switch (jsonType) {
            case "object" -> "a mapping";
            case "array" -> "a list";
            case "string" -> "a string";
            case "integer" -> "an integer";
            case "number" -> "a number";
            case "boolean" -> "a boolean";
            case "null" -> "null";
            default -> jsonType;
        };
    }

    private static String valueText(YNode node) {
        return node instanceof dev.gantry.load.YScalar s ? s.asText() : node.kind();
    }

    /** The value as a message shows it: shortened, and every character outside printable ASCII escaped. */
    private static String abbreviate(String s) {
        String shortened = s.length() > 60 ? s.substring(0, 57) + "..." : s;
        StringBuilder out = new StringBuilder();
        shortened.codePoints().forEach(c -> {
            if (c == '\n') {
                out.append("\\n");
            } else if (c >= 0x20 && c < 0x7f) {
                out.appendCodePoint(c);
            } else {
                out.append(c <= 0xFFFF ? String.format("\\u%04X", c) : String.format("\\U%08X", c));
            }
        });
        return out.toString();
    }

    /** networknt messages start with the instance location; we print our own. */
    private static String plain(String message) {
        int colon = message.indexOf(": ");
        return colon >= 0 && message.startsWith("$") ? message.substring(colon + 2) : message;
    }
}
