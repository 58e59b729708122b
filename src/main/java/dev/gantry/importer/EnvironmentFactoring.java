package dev.gantry.importer;

import dev.gantry.importer.draft.Draft;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Splits the services of several environments into what they share and what each adds: the shared
 * part of every service goes to the top-level {@code services:}, each environment's difference to
 * its {@code services:} overrides, which Gantry lays over the shared part key by key (mappings
 * merge, lists and values replace). A service that runs in some environments only lists them.
 */
public final class EnvironmentFactoring {

    /** The top-level services, and each environment's overrides (empty when it adds nothing). */
    public record Factored(DraftMap services, Map<String, DraftMap> overrides) {
    }

    private EnvironmentFactoring() {
    }

    /** {@code perEnvironment}: environment name to its services by name, in environment order. */
    public static Factored factor(Map<String, Map<String, DraftMap>> perEnvironment) {
        List<String> environments = new ArrayList<>(perEnvironment.keySet());
        Set<String> names = new LinkedHashSet<>();
        perEnvironment.values().forEach(services -> names.addAll(services.keySet()));
        DraftMap top = new DraftMap();
        Map<String, DraftMap> overrides = new LinkedHashMap<>();
        environments.forEach(e -> overrides.put(e, new DraftMap()));
        for (String service : names) {
            List<String> in = environments.stream().filter(e -> perEnvironment.get(e).containsKey(service)).toList();
            List<DraftMap> drafts = in.stream().map(e -> perEnvironment.get(e).get(service)).toList();
            DraftMap common = drafts.get(0).copy();
            for (DraftMap other : drafts.subList(1, drafts.size())) {
                common = intersect(common, other);
            }
            common = withSource(common, drafts);
            if (in.size() < environments.size()) {
                common = withEnvironments(common, in);
            }
            top.put(service, common);
            for (int i = 0; i < in.size(); i++) {
                Optional<DraftMap> rest = difference(drafts.get(i), common);
                int index = i;
                rest.ifPresent(r -> overrides.get(in.get(index)).put(service, r));
            }
        }
        return new Factored(top, overrides);
    }

    /**
     * A service keeps an image or catalog service at the top level, as Gantry declares services by it
     * (others reference them there): when the environments differ, the first one's is shared, and
     * the others override it.
     */
    private static DraftMap withSource(DraftMap common, List<DraftMap> drafts) {
        if (common.has("image") || common.has("use")) {
            return common;
        }
        DraftMap first = drafts.get(0);
        String key = first.has("image") ? "image" : first.has("use") ? "use" : null;
        if (key == null) {
            return common;
        }
        DraftMap out = new DraftMap();
        out.put(key, first.get(key).orElseThrow());
        out.commentsFrom(first, key);
        for (String k : common.keys()) {
            out.put(k, common.get(k).orElseThrow());
            out.commentsFrom(common, k);
        }
        return out;
    }

    /** What both say: keys with the same value, and of mappings the keys they share, recursively. */
    static DraftMap intersect(DraftMap a, DraftMap b) {
        DraftMap out = new DraftMap();
        for (String key : a.keys()) {
            Optional<Draft> other = b.get(key);
            if (other.isEmpty()) {
                continue;
            }
            Draft mine = a.get(key).orElseThrow();
            if (Draft.same(mine, other.get())) {
                out.put(key, mine);
                out.commentsFrom(a, key);
            } else if (mine instanceof DraftMap x && other.get() instanceof DraftMap y && !atomic(x) && !atomic(y)) {
                DraftMap shared = intersect(x, y);
                if (!shared.isEmpty()) {
                    out.put(key, shared);
                    out.commentsFrom(a, key);
                }
            }
        }
        return out;
    }

    /** What {@code full} says beyond {@code common} (which it includes), or empty. */
    static Optional<DraftMap> difference(DraftMap full, DraftMap common) {
        DraftMap out = new DraftMap();
        for (String key : full.keys()) {
            Draft mine = full.get(key).orElseThrow();
            Optional<Draft> shared = common.get(key);
            if (shared.isEmpty()) {
                out.put(key, mine);
                out.commentsFrom(full, key);
            } else if (!Draft.same(mine, shared.get())) {
                if (mine instanceof DraftMap x && shared.get() instanceof DraftMap y && !atomic(x) && !atomic(y)) {
                    difference(x, y).ifPresent(d -> out.put(key, d));
                } else {
                    out.put(key, mine);
                }
                out.commentsFrom(full, key);
            }
        }
        return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }

    /**
     * A value that is one setting as a whole, though written as a mapping: a secret, a reference, a
     * variable read with {@code from_env} (its default alone would say nothing) or a literal said not secret.
     */
    private static boolean atomic(DraftMap value) {
        return value.keys().equals(List.of("ref")) || value.keys().equals(List.of("secret"))
                || value.has("from_env") || value.has("not_secret");
    }

    private static DraftMap withEnvironments(DraftMap service, List<String> environments) {
        DraftMap out = new DraftMap();
        boolean placed = false;
        for (String key : service.keys()) {
            if (!placed && !List.of("description", "image", "use", "config").contains(key)) {
                out.put("environments", DraftList.of(environments));
                placed = true;
            }
            out.put(key, service.get(key).orElseThrow());
            out.commentsFrom(service, key);
        }
        if (!placed) {
            out.put("environments", DraftList.of(environments));
        }
        return out;
    }
}
