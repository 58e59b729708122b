package dev.gantry.importer.platformsh;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import dev.gantry.importer.SourceKind;
import dev.gantry.importer.source.SourceList;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import dev.gantry.importer.source.SourceYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Platform.sh configuration ({@code .platform.app.yaml}, {@code .platform/applications.yaml},
 * {@code services.yaml}, {@code routes.yaml}) or Upsun's ({@code .upsun/config.yaml}), read with its
 * custom tags ({@code !include}, {@code !archive}) as plain nodes: its applications by name, its
 * services and routes, each with the file it came from.
 */
public record PlatformConfig(boolean upsun, Map<String, Part> applications, Map<String, Part> services,
        Map<String, Part> routes) {

    /** One application, service or route, and the file that declared it. */
    public record Part(String name, SourceMap body, String file, Origin origin) {
    }

    public static PlatformConfig read(List<Path> files, List<String> names) throws InputError {
        Map<String, Part> apps = new LinkedHashMap<>();
        Map<String, Part> services = new LinkedHashMap<>();
        Map<String, Part> routes = new LinkedHashMap<>();
        boolean upsun = false;
        for (int i = 0; i < files.size(); i++) {
            String name = names.get(i);
            SourceNode root = SourceYaml.read(files.get(i), name);
            switch (SourceKind.of(files.get(i))) {
                case PLATFORM_APP -> app(mapping(root, name, "an application"), name, apps);
                case PLATFORM_APPLICATIONS -> {
                    if (root instanceof SourceList list) {
                        for (SourceNode item : list.items()) {
                            app(mapping(item, name, "an application"), name, apps);
                        }
                    } else {
                        for (SourceMap.Entry e : mapping(root, name, "the applications").list()) {
                            apps.put(e.key(), new Part(e.key(), mapping(e.value(), name, "an application"), name,
                                    e.keyOrigin()));
                        }
                    }
                }
                case PLATFORM_SERVICES -> entries(root, name, services, "a service");
                case PLATFORM_ROUTES -> entries(root, name, routes, "a route");
                case UPSUN -> {
                    upsun = true;
                    SourceMap config = mapping(root, name, "Upsun's configuration");
                    for (String key : config.entries().keySet()) {
                        SourceNode value = config.get(key).orElseThrow();
                        switch (key) {
                            case "applications" -> {
                                for (SourceMap.Entry e : mapping(value, name, "the applications").list()) {
                                    apps.put(e.key(), new Part(e.key(), mapping(e.value(), name, "an application"),
                                            name, e.keyOrigin()));
                                }
                            }
                            case "services" -> entries(value, name, services, "a service");
                            case "routes" -> entries(value, name, routes, "a route");
                            default -> throw new InputError(config.keyOrigin(key), Problem.PLATFORM_UNKNOWN_TOP_KEY, key);
                        }
                    }
                }
                default -> throw new IllegalArgumentException("not a Platform.sh file: " + name);
            }
        }
        return new PlatformConfig(upsun, apps, services, routes);
    }

    private static void app(SourceMap app, String file, Map<String, Part> apps) throws InputError {
        Optional<String> name = app.text("name");
        if (name.isEmpty()) {
            throw new InputError(app.origin(), Problem.PLATFORM_APP_NAME);
        }
        apps.put(name.get(), new Part(name.get(), app, file, app.keyOrigin("name")));
    }

    private static void entries(SourceNode root, String file, Map<String, Part> out, String what) throws InputError {
        if (root instanceof SourceScalar s && s.isNull()) {
            return;
        }
        for (SourceMap.Entry e : mapping(root, file, "the file").list()) {
            out.put(e.key(), new Part(e.key(), e.value() instanceof SourceScalar s && s.isNull()
                    ? SourceMap.empty(e.keyOrigin()) : mapping(e.value(), file, what), file, e.keyOrigin()));
        }
    }

    private static SourceMap mapping(SourceNode node, String file, String what) throws InputError {
        if (node instanceof SourceMap map) {
            return map;
        }
        throw new InputError(node.origin(), Problem.PLATFORM_NOT_A_MAPPING, what, node.kind(), file);
    }

    /** Every part's settings as leaves: {@code app:NAME}, {@code service:NAME} or {@code route:URL}, then the keys. */
    public Map<List<String>, PlatformLeaf> leaves() {
        Map<List<String>, PlatformLeaf> out = new LinkedHashMap<>();
        applications.values().forEach(p -> flatten(List.of("app:" + p.name()), p.body(), p.file(), out));
        services.values().forEach(p -> flatten(List.of("service:" + p.name()), p.body(), p.file(), out));
        routes.values().forEach(p -> flatten(List.of("route:" + p.name()), p.body(), p.file(), out));
        return out;
    }

    static void flatten(List<String> path, SourceNode node, String file, Map<List<String>, PlatformLeaf> out) {
        if (node instanceof SourceMap map) {
            if (map.isEmptyMap() && path.size() > 1) {
                out.put(path, new PlatformLeaf(path, "{}", true, file, map.origin()));
            }
            for (SourceMap.Entry e : map.list()) {
                List<String> p = new ArrayList<>(path);
                p.add(e.key());
                flatten(List.copyOf(p), e.value(), file, out);
            }
        } else if (node instanceof SourceList list) {
            if (list.items().isEmpty()) {
                out.put(path, new PlatformLeaf(path, "[]", true, file, list.origin()));
            }
            for (int i = 0; i < list.items().size(); i++) {
                List<String> p = new ArrayList<>(path);
                p.add(Integer.toString(i));
                flatten(List.copyOf(p), list.items().get(i), file, out);
            }
        } else {
            SourceScalar s = (SourceScalar) node;
            out.put(path, new PlatformLeaf(path, s.isNull() ? "null" : s.text(), s.plain(), file, s.origin()));
        }
    }
}
