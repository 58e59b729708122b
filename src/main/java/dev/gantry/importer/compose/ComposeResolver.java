package dev.gantry.importer.compose;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import dev.gantry.importer.source.SourceList;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import dev.gantry.util.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a loaded compose project into settings that compare by meaning, each in one canonical form,
 * the way {@code docker-compose config} resolves them: a string command split into its arguments,
 * lists of {@code KEY=value} as mappings, ports and volumes in one syntax (bind mounts relative to
 * the project folder), {@code depends_on} with its condition, health check tests as lists,
 * durations and sizes in one unit, {@code deploy} limits as {@code cpus} and {@code mem_limit}.
 * Import reads the originals and verify reads the generated files through this same resolver; the
 * tests check it against {@code docker-compose config} itself.
 */
public final class ComposeResolver {

    private static final Set<String> SETS = Set.of("cap_add", "cap_drop", "devices", "dns", "dns_search", "dns_opt",
            "security_opt", "tmpfs", "profiles", "group_add", "external_links", "links", "volumes_from",
            "device_cgroup_rules");
    private static final String FROM_SHELL = null;

    private final Path folder;

    private ComposeResolver(Path folder) {
        this.folder = folder;
    }

    public static ResolvedCompose resolve(ComposeProject project) throws InputError {
        ComposeResolver resolver = new ComposeResolver(project.folder());
        Map<String, ResolvedService> services = new LinkedHashMap<>();
        for (SourceMap.Entry e : project.services().list()) {
            SourceMap service = e.value() instanceof SourceMap m ? m : SourceMap.empty(e.keyOrigin());
            services.put(e.key(), new ResolvedService(e.key(), service, resolver.service(service)));
        }
        Map<List<String>, Leaf> top = new LinkedHashMap<>();
        for (SourceMap.Entry e : project.root().list()) {
            switch (e.key()) {
                case "services", "version" -> {
                    // services above; `version` has no effect since the compose specification
                }
                case "volumes", "networks", "secrets", "configs" -> {
                    if (e.value() instanceof SourceMap defs) {
                        for (SourceMap.Entry d : defs.list()) {
                            if (d.value() instanceof SourceMap m && !m.isEmptyMap()) {
                                generic(List.of(e.key(), d.key()), m, top);
                            } else {
                                put(top, List.of(e.key(), d.key()), "", d.keyOrigin());
                            }
                        }
                    }
                }
                default -> {
                    if (!e.key().startsWith("x-")) {
                        generic(List.of(e.key()), e.value(), top);
                    }
                }
            }
        }
        return new ResolvedCompose(project, services, top);
    }

    private Map<List<String>, Leaf> service(SourceMap service) throws InputError {
        Map<List<String>, Leaf> out = new LinkedHashMap<>();
        for (SourceMap.Entry e : service.list()) {
            String key = e.key();
            SourceNode value = e.value();
            if (key.startsWith("x-")) {
                continue;
            }
            if (value instanceof SourceScalar s && s.isNull() && !key.equals("command") && !key.equals("entrypoint")) {
                continue;
            }
            switch (key) {
                case "command", "entrypoint" -> put(out, List.of(key), command(value), value.origin());
                case "environment", "labels", "extra_hosts" -> {
                    for (SourceMap.Entry v : ((SourceMap) value).list()) {
                        boolean fromShell = v.value() instanceof SourceScalar s && s.isNull()
                                && key.equals("environment");
                        put(out, List.of(key, v.key()), fromShell ? FROM_SHELL : text(v.value()), v.value().origin());
                    }
                }
                case "env_file" -> {
                    for (SourceNode item : items(value)) {
                        String path = item instanceof SourceMap m ? m.text("path").orElse("") : text(item);
                        put(out, List.of(key, relativePath(path)), "", item.origin());
                    }
                }
                case "build" -> build((SourceMap) value, out);
                case "ports" -> {
                    for (SourceNode item : items(value)) {
                        put(out, List.of(key, port(item)), "", item.origin());
                    }
                }
                case "expose" -> {
                    for (SourceNode item : items(value)) {
                        String port = text(item);
                        put(out, List.of(key, port.contains("/") ? port : port + "/tcp"), "", item.origin());
                    }
                }
                case "volumes" -> {
                    for (SourceNode item : items(value)) {
                        volume(item, out);
                    }
                }
                case "depends_on", "networks" -> {
                    for (SourceMap.Entry d : ((SourceMap) value).list()) {
                        SourceMap options = d.value() instanceof SourceMap m ? m : SourceMap.empty(d.keyOrigin());
                        String condition = key.equals("depends_on") ? options.text("condition").orElse("service_started")
                                : "";
                        put(out, List.of(key, d.key()), condition, d.keyOrigin());
                        for (SourceMap.Entry o : options.list()) {
                            if (!o.key().equals("condition")) {
                                generic(List.of(key, d.key(), o.key()), o.value(), out);
                            }
                        }
                    }
                }
                case "healthcheck" -> healthcheck((SourceMap) value, out);
                case "deploy" -> deploy((SourceMap) value, out);
                case "cpus" -> put(out, List.of("cpus"), ComposeValues.cpus(text(value)), value.origin());
                case "mem_limit", "mem_reservation", "memswap_limit", "shm_size" -> put(out, List.of(key),
                        ComposeValues.bytes(text(value)).map(String::valueOf).orElse(text(value)), value.origin());
                case "stop_grace_period" -> put(out, List.of(key), ComposeValues.duration(text(value)),
                        value.origin());
                default -> {
                    if (SETS.contains(key) && value instanceof SourceList list) {
                        for (SourceNode item : list.items()) {
                            generic(List.of(key, item instanceof SourceScalar s ? s.text() : item.toString()),
                                    SourceScalar.of("", item.origin()), out);
                        }
                    } else {
                        generic(List.of(key), value, out);
                    }
                }
            }
        }
        return out;
    }

    private void build(SourceMap build, Map<List<String>, Leaf> out) throws InputError {
        String context = build.text("context").orElse(".");
        put(out, List.of("build", "context"), relativeFolder(context), build.keyOrigin("context"));
        put(out, List.of("build", "dockerfile"), build.text("dockerfile").orElse("Dockerfile"),
                build.keyOrigin("dockerfile"));
        for (SourceMap.Entry e : build.list()) {
            switch (e.key()) {
                case "context", "dockerfile" -> {
                    // above
                }
                case "args" -> {
                    for (SourceMap.Entry a : ComposeForms.keyValues(e.value(), "build.args", '=').list()) {
                        put(out, List.of("build", "args", a.key()), a.value() instanceof SourceScalar s && s.isNull()
                                ? FROM_SHELL : text(a.value()), a.keyOrigin());
                    }
                }
                default -> generic(List.of("build", e.key()), e.value(), out);
            }
        }
    }

    private void healthcheck(SourceMap check, Map<List<String>, Leaf> out) throws InputError {
        for (SourceMap.Entry e : check.list()) {
            SourceNode value = e.value();
            switch (e.key()) {
                case "test" -> {
                    List<String> test = value instanceof SourceScalar s ? List.of("CMD-SHELL", s.text()) : strings(value);
                    if (test.equals(List.of("NONE"))) {
                        put(out, List.of("healthcheck", "disable"), "true", value.origin());
                    } else {
                        put(out, List.of("healthcheck", "test"), array(test), value.origin());
                    }
                }
                case "interval", "timeout", "start_period", "start_interval" -> put(out,
                        List.of("healthcheck", e.key()), ComposeValues.duration(text(value)), value.origin());
                default -> generic(List.of("healthcheck", e.key()), value, out);
            }
        }
    }

    /** {@code deploy}: limits as {@code cpus} and {@code mem_limit}, replicas as {@code scale}, as compose v2 applies them. */
    private void deploy(SourceMap deploy, Map<List<String>, Leaf> out) throws InputError {
        for (SourceMap.Entry e : deploy.list()) {
            if (e.key().equals("replicas")) {
                put(out, List.of("scale"), text(e.value()), e.value().origin());
            } else if (e.key().equals("resources") && e.value() instanceof SourceMap resources) {
                for (SourceMap.Entry r : resources.list()) {
                    if (r.key().equals("limits") && r.value() instanceof SourceMap limits) {
                        for (SourceMap.Entry l : limits.list()) {
                            switch (l.key()) {
                                case "cpus" -> put(out, List.of("cpus"), ComposeValues.cpus(text(l.value())),
                                        l.value().origin());
                                case "memory" -> put(out, List.of("mem_limit"), ComposeValues.bytes(text(l.value()))
                                        .map(String::valueOf).orElse(text(l.value())), l.value().origin());
                                default -> generic(List.of("deploy", "resources", "limits", l.key()), l.value(), out);
                            }
                        }
                    } else {
                        generic(List.of("deploy", "resources", r.key()), r.value(), out);
                    }
                }
            } else {
                generic(List.of("deploy", e.key()), e.value(), out);
            }
        }
    }

    /** A port as {@code [ip:][published]:target/protocol}; a target alone publishes on a random host port. */
    private static String port(SourceNode item) throws InputError {
        if (item instanceof SourceMap m) {
            String target = m.text("target").orElse("");
            String published = m.text("published").orElse("");
            String ip = m.text("host_ip").orElse("");
            return (ip.isEmpty() ? "" : ip + ":") + published + ":" + target + "/" + m.text("protocol").orElse("tcp");
        }
        String text = text(item);
        String protocol = "tcp";
        int slash = text.lastIndexOf('/');
        if (slash >= 0) {
            protocol = text.substring(slash + 1);
            text = text.substring(0, slash);
        }
        int last = text.lastIndexOf(':');
        if (last < 0) {
            return ":" + text + "/" + protocol;
        }
        return text + "/" + protocol;
    }

    private void volume(SourceNode item, Map<List<String>, Leaf> out) throws InputError {
        if (item instanceof SourceMap m) {
            String type = m.text("type").orElse("volume");
            String target = m.text("target").orElse("");
            String source = m.text("source").orElse("");
            String shown = type.equals("tmpfs") ? "(tmpfs)" : type.equals("bind") ? bindSource(source) : source;
            boolean readOnly = m.text("read_only").map("true"::equalsIgnoreCase).orElse(false);
            put(out, List.of("volumes", target), shown + (readOnly ? ":ro" : ""), item.origin());
            for (SourceMap.Entry e : m.list()) {
                if (!Set.of("type", "source", "target", "read_only").contains(e.key())) {
                    generic(List.of("volumes", target, e.key()), e.value(), out);
                }
            }
            return;
        }
        String[] parts = VolumeSyntax.split(text(item));
        if (parts.length == 1) {
            put(out, List.of("volumes", parts[0]), "", item.origin());
            return;
        }
        String source = parts[0];
        boolean bind = source.startsWith(".") || source.startsWith("/") || source.startsWith("~")
                || source.startsWith("$");
        String mode = parts.length > 2 ? parts[2] : "rw";
        put(out, List.of("volumes", parts[1]), (bind ? bindSource(source) : source)
                + (mode.equals("rw") ? "" : ":" + mode), item.origin());
    }

    /** A bind mount's source relative to the project folder ({@code ./src}), or as written when outside it. */
    private String bindSource(String source) {
        if (source.startsWith("~")) {
            return source;
        }
        Path path = folder.resolve(source).normalize();
        if (!path.startsWith(folder)) {
            return path.toString();
        }
        String relative = folder.relativize(path).toString().replace('\\', '/');
        return relative.isEmpty() ? "." : "./" + relative;
    }

    private String relativeFolder(String context) {
        if (context.contains("://") || context.startsWith("git@")) {
            return context;
        }
        String bound = bindSource(context);
        return bound.startsWith("./") ? bound.substring(2) : bound;
    }

    private String relativePath(String path) {
        String bound = bindSource(path);
        return bound.startsWith("./") ? bound.substring(2) : bound;
    }

    private static String command(SourceNode value) throws InputError {
        if (value instanceof SourceScalar s) {
            return s.isNull() ? "null" : array(ShellWords.split(s.text(), s.origin()));
        }
        return array(strings(value));
    }

    static String array(List<String> words) {
        StringBuilder out = new StringBuilder("[");
        for (String w : words) {
            out.append(out.length() > 1 ? ", " : "").append(Json.quote(w));
        }
        return out.append(']').toString();
    }

    private static List<String> strings(SourceNode value) throws InputError {
        List<String> out = new ArrayList<>();
        for (SourceNode item : items(value)) {
            out.add(text(item));
        }
        return out;
    }

    private static List<SourceNode> items(SourceNode value) throws InputError {
        if (value instanceof SourceList list) {
            return list.items();
        }
        if (value instanceof SourceScalar s) {
            return List.of(s);
        }
        throw new InputError(value.origin(), Problem.COMPOSE_LIST, value.kind());
    }

    private static String text(SourceNode node) throws InputError {
        return ComposeForms.text(node, "this value");
    }

    /** Any other setting: a scalar as its text, a mapping key by key, a list item by item. */
    private static void generic(List<String> path, SourceNode value, Map<List<String>, Leaf> out) {
        if (value instanceof SourceScalar s) {
            put(out, path, s.isNull() ? "null" : s.text(), s.origin());
        } else if (value instanceof SourceMap m) {
            if (m.isEmptyMap()) {
                put(out, path, "{}", m.origin());
            }
            for (SourceMap.Entry e : m.list()) {
                List<String> p = new ArrayList<>(path);
                p.add(e.key());
                generic(p, e.value(), out);
            }
        } else {
            SourceList list = (SourceList) value;
            if (list.items().isEmpty()) {
                put(out, path, "[]", list.origin());
            }
            for (int i = 0; i < list.items().size(); i++) {
                List<String> p = new ArrayList<>(path);
                p.add(Integer.toString(i));
                generic(p, list.items().get(i), out);
            }
        }
    }

    private static void put(Map<List<String>, Leaf> out, List<String> path, String value, Origin origin) {
        out.put(List.copyOf(path), new Leaf(path, value, origin));
    }
}
