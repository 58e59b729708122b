package dev.gantry.emit.summary;

import static dev.gantry.targets.ArtifactSummary.code;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.targets.ArtifactSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Compares two versions of a JSON or YAML file as data, for any compose file, ECS task definition or
 * Platform.sh file without knowing its format: every key path whose value changed, was added or was
 * removed, with old and new values. Lists of mappings with a {@code name} (ECS containers, their
 * environment) are matched by name, other lists of mappings by position, lists of plain values as
 * one value. Entries of a top-level {@code services} mapping (compose) and of
 * {@code containerDefinitions} (ECS) are reported as services.
 */
final class StructureSummary implements ArtifactSummary {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> SERVICE_LISTS = Set.of("services", "containerDefinitions");

    private final Function<String, Object> parser;

    private StructureSummary(Function<String, Object> parser) {
        this.parser = parser;
    }

    static StructureSummary json() {
        return new StructureSummary(text -> {
            try {
                return JSON.readValue(text, Object.class);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    static StructureSummary yaml() {
        return new StructureSummary(text -> {
            try {
                return new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadFromString(text);
            } catch (YamlEngineException e) {
                throw new IllegalArgumentException(e);
            }
        });
    }

    @Override
    public List<Meaning> describe(String path, String before, String after) {
        Optional<Object> a = read(before);
        Optional<Object> b = read(after);
        if (a.isEmpty() || b.isEmpty()) {
            return List.of(); // not data (a hand edit broke it): the diff says the rest
        }
        List<Meaning> out = new ArrayList<>();
        compare(new ArrayList<>(), a.get(), b.get(), fileSubject(path), out);
        return out;
    }

    /** The subject of changes that belong to no service: the file itself. */
    static String fileSubject(String path) {
        return "file " + code(path);
    }

    /** The document a JSON or YAML text holds; empty when it is not data. */
    Optional<Object> read(String text) {
        try {
            return Optional.ofNullable(parser.apply(text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private enum Kind { ADDED, REMOVED, CHANGED }

    private static void compare(List<String> keys, Object a, Object b, String fileSubject, List<Meaning> out) {
        if (Objects.equals(a, b)) {
            return;
        }
        Optional<Map<String, Object>> x = entries(a);
        Optional<Map<String, Object>> y = entries(b);
        if (x.isEmpty() || y.isEmpty()) {
            out.add(meaning(keys, fileSubject, Kind.CHANGED, a, b));
            return;
        }
        Set<String> union = new LinkedHashSet<>(x.get().keySet());
        union.addAll(y.get().keySet());
        for (String key : union) {
            List<String> path = new ArrayList<>(keys);
            path.add(key);
            if (!y.get().containsKey(key)) {
                out.add(meaning(path, fileSubject, Kind.REMOVED, x.get().get(key), null));
            } else if (!x.get().containsKey(key)) {
                out.add(meaning(path, fileSubject, Kind.ADDED, null, y.get().get(key)));
            } else {
                compare(path, x.get().get(key), y.get().get(key), fileSubject, out);
            }
        }
    }

    /**
     * A mapping's entries; a list of named mappings by name ({@code [app]}); any other list of
     * mappings by position ({@code [0]}); empty for plain values and lists of them.
     */
    private static Optional<Map<String, Object>> entries(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), v));
            return Optional.of(out);
        }
        if (!(value instanceof List<?> list) || list.isEmpty() || !list.stream().allMatch(Map.class::isInstance)) {
            return Optional.empty();
        }
        Map<String, Object> out = new LinkedHashMap<>();
        boolean named = list.stream().allMatch(m -> ((Map<?, ?>) m).get("name") instanceof String);
        for (int i = 0; i < list.size(); i++) {
            String key = "[" + (named ? ((Map<?, ?>) list.get(i)).get("name") : i) + "]";
            if (out.put(key, list.get(i)) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /**
     * The change at {@code keys}, from {@code a} to {@code b}: a service's when the path starts in a
     * list of services (a whole service is just added or removed), else the file's.
     */
    private static Meaning meaning(List<String> keys, String fileSubject, Kind kind, Object a, Object b) {
        boolean service = keys.size() >= 2 && SERVICE_LISTS.contains(keys.get(0));
        String subject = service ? "service " + code(keys.get(1).replaceAll("^\\[(.*)]$", "$1")) : fileSubject;
        List<String> rest = keys.subList(service ? 2 : 0, keys.size());
        if (service && rest.isEmpty()) {
            return new Meaning(subject, kind.name().toLowerCase(Locale.ROOT));
        }
        String where = rest.isEmpty() ? "" : code(dotted(rest));
        return new Meaning(subject, switch (kind) {
            case ADDED -> where + " added: " + code(render(b));
            case REMOVED -> where + " removed (was " + code(render(a)) + ")";
            case CHANGED -> where + (where.isEmpty() ? "" : ": ") + code(render(a)) + " -> " + code(render(b));
        });
    }

    private static String dotted(List<String> keys) {
        StringBuilder out = new StringBuilder();
        for (String key : keys) {
            out.append(out.length() > 0 && !key.startsWith("[") ? "." : "").append(key);
        }
        return out.toString();
    }

    static String render(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }
}
