package dev.gantry.targets.kubernetes;

import static dev.gantry.targets.ArtifactSummary.code;

import dev.gantry.catalog.DatabaseMove;
import dev.gantry.targets.ArtifactSummary;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * For `gantry diff`: what changes in a file of manifests, object by object (by kind and name). Of a
 * workload it says in words what a reviewer asks first: that it runs as another kind of workload, its
 * replicas, each container's image, probes, limits and variables; any other change as the key that
 * changed, with old and new values.
 */
final class ManifestSummary implements ArtifactSummary {

    private static final List<String> PROBES = List.of("readinessProbe", "livenessProbe", "startupProbe");
    private static final Set<String> WORKLOADS = Set.of("Deployment", "StatefulSet", "Job");

    @Override
    public List<Meaning> describe(String path, String before, String after) {
        if (!path.startsWith("deploy/kubernetes/") || !path.endsWith(".yaml") || path.endsWith("/" + Folder.KUSTOMIZATION)) {
            return List.of(); // the kustomization is one document, which the generic reading of YAML says
        }
        Optional<Map<String, Map<String, Object>>> a = objects(before);
        Optional<Map<String, Map<String, Object>>> b = objects(after);
        if (a.isEmpty() || b.isEmpty()) {
            return List.of();
        }
        String file = path.substring(path.lastIndexOf('/') + 1, path.length() - ".yaml".length());
        String subject = isEnvironmentFile(Folder.manifest(file)) ? "file " + code(path) : "service " + code(file);
        List<Meaning> out = new ArrayList<>();
        Optional<String> was = workloadKind(a.get());
        Optional<String> is = workloadKind(b.get());
        if (was.isPresent() && is.isPresent() && !was.equals(is)) {
            out.add(new Meaning(subject, "runs as a " + is.get() + ", was a " + was.get()));
        }
        Set<String> keys = new LinkedHashSet<>(a.get().keySet());
        keys.addAll(b.get().keySet());
        for (String key : keys) {
            Map<String, Object> x = a.get().get(key);
            Map<String, Object> y = b.get().get(key);
            boolean workloadMoved = WORKLOADS.contains(kind(key)) && was.isPresent() && is.isPresent()
                    && !was.equals(is);
            if (x == null && !workloadMoved) {
                out.add(new Meaning(subject, code(key) + " added"));
            } else if (y == null && !workloadMoved) {
                out.add(new Meaning(subject, code(key) + " removed"));
            } else if (x != null && y != null && !x.equals(y)) {
                compare(path, key, x, y, subject, out);
            }
        }
        return out;
    }

    /** The environment of a file of {@code deploy/kubernetes/<env>/}. */
    private static String environment(String path) {
        String rest = path.substring("deploy/kubernetes/".length());
        return rest.substring(0, rest.indexOf('/'));
    }

    private static boolean isEnvironmentFile(String name) {
        return List.of(Folder.NAMESPACE, Folder.VOLUMES, Folder.RBAC, Folder.INGRESS).contains(name);
    }

    private static String kind(String key) {
        return key.substring(0, key.indexOf(' '));
    }

    private static Optional<String> workloadKind(Map<String, Map<String, Object>> objects) {
        return objects.keySet().stream().map(ManifestSummary::kind).filter(WORKLOADS::contains).findFirst();
    }

    /** The objects of a stream by {@code Kind name} (a kustomization, which has no name, by its kind). */
    @SuppressWarnings("unchecked")
    private static Optional<Map<String, Map<String, Object>>> objects(String text) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        try {
            for (Object document : new Load(LoadSettings.builder().build()).loadAllFromString(text)) {
                if (document instanceof Map<?, ?> map) {
                    Object metadata = map.get("metadata");
                    Object name = metadata instanceof Map<?, ?> m ? m.get("name") : null;
                    out.put(map.get("kind") + (name == null ? " " : " " + name), (Map<String, Object>) map);
                }
            }
        } catch (YamlEngineException | ClassCastException e) {
            return Optional.empty(); // not manifests (a hand edit broke them): the diff says the rest
        }
        return Optional.of(out);
    }

    @SuppressWarnings("unchecked")
    private static void compare(String file, String object, Map<String, Object> x, Map<String, Object> y,
            String subject, List<Meaning> out) {
        Map<String, Object> a = flatten(x);
        Map<String, Object> b = flatten(y);
        Object replicasA = a.remove("spec.replicas");
        Object replicasB = b.remove("spec.replicas");
        if (!Objects.equals(replicasA, replicasB)) {
            out.add(new Meaning(subject, "replicas: " + text(replicasA, "1") + " -> " + text(replicasB, "1")));
        }
        Map<String, Map<String, Object>> containersA = containers(x);
        Map<String, Map<String, Object>> containersB = containers(y);
        containersB.forEach((name, container) -> {
            Map<String, Object> old = containersA.get(name);
            if (old != null) {
                words(name, old, container, subject, out);
                if (object.startsWith("StatefulSet ")) {
                    DatabaseMove.ofImages(String.valueOf(old.get("image")), String.valueOf(container.get("image")))
                            .ifPresent(move -> out.add(new Meaning(subject, move.onKubernetes(environment(file),
                                    name, claim(y).orElse(name + "-data")))));
                }
            }
        });
        Set<String> paths = new LinkedHashSet<>(a.keySet());
        paths.addAll(b.keySet());
        for (String path : paths) {
            if (described(path, containersA, containersB)) {
                continue;
            }
            Object va = a.get(path);
            Object vb = b.get(path);
            if (!Objects.equals(va, vb)) {
                out.add(new Meaning(subject, code(kind(object)) + " " + code(path) + ": "
                        + text(va, "(none)") + " -> " + text(vb, "(none)")));
            }
        }
    }

    /** The paths {@link #words} speaks of: a container's image, probes, resources and variables, when it stays. */
    private static boolean described(String path, Map<String, Map<String, Object>> a, Map<String, Map<String, Object>> b) {
        for (String list : List.of("spec.template.spec.containers", "spec.template.spec.initContainers")) {
            if (!path.startsWith(list + "[")) {
                continue;
            }
            String name = path.substring(list.length() + 1, path.indexOf(']', list.length()));
            String rest = path.substring(path.indexOf(']', list.length()) + 1);
            if (a.containsKey(name) && b.containsKey(name) && (rest.equals(".image") || rest.startsWith(".env")
                    || rest.startsWith(".resources") || PROBES.stream().anyMatch(p -> rest.startsWith("." + p)))) {
                return true;
            }
        }
        return false;
    }

    /** What changed in a container that stays: image, probes, limits, variables. */
    private static void words(String name, Map<String, Object> a, Map<String, Object> b, String subject,
            List<Meaning> out) {
        String container = "container " + code(name);
        if (!Objects.equals(a.get("image"), b.get("image"))) {
            out.add(new Meaning(subject, container + " image: " + text(a.get("image"), "(none)") + " -> "
                    + text(b.get("image"), "(none)")));
        }
        for (String probe : PROBES) {
            Object pa = a.get(probe);
            Object pb = b.get(probe);
            if (!Objects.equals(pa, pb)) {
                String what = probe.replace("Probe", "") + " probe";
                out.add(new Meaning(subject, container + " " + what + ": " + (pa == null ? "added, " + probe(pb)
                        : pb == null ? "removed (was " + probe(pa) + ")" : probe(pa) + " -> " + probe(pb))));
            }
        }
        if (!Objects.equals(a.get("resources"), b.get("resources"))) {
            out.add(new Meaning(subject, container + " resources: " + text(a.get("resources"), "(none)") + " -> "
                    + text(b.get("resources"), "(none)")));
        }
        Map<String, Object> envA = named(a.get("env"));
        Map<String, Object> envB = named(b.get("env"));
        Set<String> variables = new LinkedHashSet<>(envA.keySet());
        variables.addAll(envB.keySet());
        for (String v : variables) {
            if (!envB.containsKey(v)) {
                out.add(new Meaning(subject, container + " variable " + code(v) + " removed"));
            } else if (!envA.containsKey(v)) {
                out.add(new Meaning(subject, container + " variable " + code(v) + " added: " + variable(envB.get(v))));
            } else if (!Objects.equals(envA.get(v), envB.get(v))) {
                out.add(new Meaning(subject, container + " variable " + code(v) + ": " + variable(envA.get(v))
                        + " -> " + variable(envB.get(v))));
            }
        }
    }

    /** A probe in a few words: what it runs or asks, every how many seconds. */
    @SuppressWarnings("unchecked")
    private static String probe(Object value) {
        if (!(value instanceof Map<?, ?> probe)) {
            return text(value, "(none)");
        }
        String check;
        if (probe.get("httpGet") instanceof Map<?, ?> get) {
            check = "GET :" + get.get("port") + get.get("path");
        } else if (probe.get("exec") instanceof Map<?, ?> exec && exec.get("command") instanceof List<?> command) {
            check = String.join(" ", ((List<Object>) command).stream().map(String::valueOf).toList());
        } else {
            check = String.valueOf(probe);
        }
        return code(check) + " every " + probe.get("periodSeconds") + "s, " + probe.get("failureThreshold")
                + " failures";
    }

    private static String variable(Object entry) {
        if (entry instanceof Map<?, ?> map && map.containsKey("value")) {
            return code(String.valueOf(map.get("value")));
        }
        if (entry instanceof Map<?, ?> map && map.get("valueFrom") instanceof Map<?, ?> from
                && from.get("secretKeyRef") instanceof Map<?, ?> ref) {
            return "from the Secret " + code(ref.get("name") + "/" + ref.get("key"));
        }
        return text(entry, "(none)");
    }

    private static String text(Object value, String none) {
        return value == null ? none : code(String.valueOf(value));
    }

    /** The name of a StatefulSet's first volume claim, which holds its data. */
    private static Optional<String> claim(Map<String, Object> object) {
        Object spec = object.get("spec");
        Object claims = spec instanceof Map<?, ?> s ? s.get("volumeClaimTemplates") : null;
        if (claims instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> claim
                && claim.get("metadata") instanceof Map<?, ?> metadata && metadata.get("name") != null) {
            return Optional.of(String.valueOf(metadata.get("name")));
        }
        return Optional.empty();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> containers(Map<String, Object> object) {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        Object spec = object.get("spec");
        Object template = spec instanceof Map<?, ?> s ? s.get("template") : null;
        Object pod = template instanceof Map<?, ?> t ? t.get("spec") : null;
        if (pod instanceof Map<?, ?> p) {
            for (String list : List.of("initContainers", "containers")) {
                named(p.get(list)).forEach((name, c) -> {
                    if (c instanceof Map<?, ?> m) {
                        out.put(name, (Map<String, Object>) m);
                    }
                });
            }
        }
        return out;
    }

    /** A list of mappings with a {@code name} by name; anything else as nothing. */
    private static Map<String, Object> named(Object list) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (list instanceof List<?> items) {
            for (Object item : items) {
                if (item instanceof Map<?, ?> m && m.get("name") != null) {
                    out.put(String.valueOf(m.get("name")), m);
                }
            }
        }
        return out;
    }

    /** Leaf values by dotted path; lists of named mappings by name ({@code containers[app]}), other lists whole. */
    private static Map<String, Object> flatten(Map<String, Object> object) {
        Map<String, Object> out = new LinkedHashMap<>();
        flatten("", object, out);
        return out;
    }

    private static void flatten(String prefix, Object value, Map<String, Object> out) {
        if (value instanceof Map<?, ?> map && !map.isEmpty()) {
            map.forEach((k, v) -> flatten(prefix.isEmpty() ? String.valueOf(k) : prefix + "." + k, v, out));
        } else if (value instanceof List<?> list && !list.isEmpty() && named(list).size() == list.size()) {
            named(list).forEach((name, v) -> flatten(prefix + "[" + name + "]", v, out));
        } else {
            out.put(prefix, value);
        }
    }
}
