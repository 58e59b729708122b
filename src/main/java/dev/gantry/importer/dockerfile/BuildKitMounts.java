package dev.gantry.importer.dockerfile;

import dev.gantry.importer.draft.DraftMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * {@code RUN --mount=...} of BuildKit: the options of one mount, as Gantry's typed {@code mounts}
 * of a run say them (a cache, a build secret, the SSH agent), and in one canonical form to compare.
 */
final class BuildKitMounts {

    private static final Pattern PATH = Pattern.compile("/[^,\\s\"'=]*");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");
    private static final Pattern SECRET = Pattern.compile("[A-Z_][A-Z0-9_]*");
    private static final Map<String, String> SYNONYMS = Map.of("dst", "target", "destination", "target");

    private BuildKitMounts() {
    }

    /** The options of {@code spec} ({@code type=cache,target=/x}), synonyms read as their names; empty when malformed. */
    static Optional<Map<String, String>> options(String spec) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.split("=", 2);
            if (kv.length != 2 || out.put(SYNONYMS.getOrDefault(kv[0], kv[0]), kv[1]) != null) {
                return Optional.empty();
            }
        }
        return Optional.of(out);
    }

    /** The typed mount, when Gantry's form says all its options; a secret's {@code required=true} is Gantry's own. */
    static Optional<DraftMap> typed(String spec) {
        Optional<Map<String, String>> parsed = options(spec);
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> o = new LinkedHashMap<>(parsed.get());
        String type = o.remove("type");
        DraftMap out = new DraftMap().flow();
        switch (type == null ? "bind" : type) {
            case "cache" -> {
                String target = o.remove("target");
                if (target == null || !PATH.matcher(target).matches()) {
                    return Optional.empty();
                }
                out.put("cache", target);
                take(o, "id", ID, out);
                String sharing = o.remove("sharing");
                if (sharing != null) {
                    if (!Set.of("shared", "private", "locked").contains(sharing)) {
                        return Optional.empty();
                    }
                    out.put("sharing", sharing);
                }
            }
            case "secret" -> {
                String id = o.remove("id");
                if (id == null || !SECRET.matcher(id).matches()) {
                    return Optional.empty();
                }
                out.put("secret", id);
                String target = o.remove("target");
                if (target != null) {
                    if (!PATH.matcher(target).matches()) {
                        return Optional.empty();
                    }
                    out.put("target", target);
                }
                o.remove("required");
            }
            case "ssh" -> {
                out.put("ssh", o.getOrDefault("id", "default"));
                if (!ID.matcher(o.getOrDefault("id", "default")).matches()) {
                    return Optional.empty();
                }
                o.remove("id");
            }
            default -> {
                return Optional.empty();
            }
        }
        return o.isEmpty() ? Optional.of(out) : Optional.empty();
    }

    /** One mount in canonical form: options sorted, synonyms named, the ssh agent's id said, {@code required} left out. */
    static String canonical(String spec) {
        Map<String, String> o = new TreeMap<>(options(spec).orElse(Map.of("", spec)));
        if ("ssh".equals(o.get("type"))) {
            o.putIfAbsent("id", "default");
        }
        o.remove("required");
        StringBuilder out = new StringBuilder("--mount=");
        o.forEach((k, v) -> out.append(out.length() > 8 ? "," : "").append(k).append('=').append(v));
        return out.toString();
    }

    private static void take(Map<String, String> options, String key, Pattern pattern, DraftMap out) {
        String value = options.get(key);
        if (value != null && pattern.matcher(value).matches()) {
            options.remove(key);
            out.put(key, value);
        }
    }
}
