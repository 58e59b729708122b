package dev.gantry.importer.compose;

import dev.gantry.diag.Problem;
import dev.gantry.importer.InputError;
import dev.gantry.importer.Origin;
import dev.gantry.importer.source.SourceList;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import dev.gantry.importer.source.SourceYaml;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Loads the compose files of one environment as {@code docker-compose -f a -f b config} would:
 * each file interpolated on its own, then merged in order, then each service's {@code extends}
 * applied. The project folder is the first file's; {@code .env} is read from it.
 */
public final class ComposeLoader {

    /** Top-level keys of a compose file. */
    static final Set<String> TOP_LEVEL = Set.of("version", "name", "services", "volumes", "networks", "secrets",
            "configs", "include");
    private static final Set<String> INTERPOLATED = Set.of("name", "services", "volumes", "networks", "secrets",
            "configs");

    /**
     * The one shell variable import reads: the shell sets it wherever compose runs, and compose is run
     * from the folder of its files; taken as that folder unless .env sets it.
     */
    public static final String PWD = "PWD";

    private final Path folder;
    private final Interpolation interpolation;
    private final Map<Origin, ComposeProject.Substitution> substitutions = new LinkedHashMap<>();
    private final List<ComposeProject.Unset> unset = new ArrayList<>();

    private ComposeLoader(Path folder, DotEnv dotEnv) {
        this.folder = folder;
        Map<String, String> variables = new LinkedHashMap<>(dotEnv.values());
        variables.putIfAbsent(PWD, folder.toString());
        this.interpolation = new Interpolation(variables);
    }

    /**
     * The merged project of {@code files} (display names beside them), with {@code dotEnv} for
     * interpolation, or, when null, the {@code .env} of the first file's folder.
     */
    public static ComposeProject load(List<Path> files, List<String> names, DotEnv dotEnv) throws InputError {
        Path folder = files.get(0).toAbsolutePath().normalize().getParent();
        DotEnv env = dotEnv != null ? dotEnv : DotEnv.read(folder.resolve(".env"), relativeName(names.get(0), ".env"));
        ComposeLoader loader = new ComposeLoader(folder, env);
        SourceMap merged = null;
        for (int i = 0; i < files.size(); i++) {
            SourceMap file = loader.interpolated(check(SourceYaml.read(files.get(i), names.get(i)), names.get(i)));
            merged = merged == null ? file : merge(merged, file);
        }
        SourceMap services = merged.map("services");
        SourceMap resolved = services;
        for (SourceMap.Entry e : services.list()) {
            resolved = resolved.with(e.key(), e.keyOrigin(),
                    loader.extend(e.key(), services, new LinkedHashSet<>(), files.get(0), names.get(0)));
        }
        SourceMap root = merged.with("services", merged.keyOrigin("services"), resolved);
        return new ComposeProject(folder, List.copyOf(names), env, root, Map.copyOf(loader.substitutions),
                List.copyOf(loader.unset));
    }

    /** {@code .env} named as the user would: beside the file as it was named. */
    private static String relativeName(String name, String sibling) {
        int slash = name.lastIndexOf('/');
        return slash < 0 ? sibling : name.substring(0, slash + 1) + sibling;
    }

    /** A compose file's root, or a clear error saying why this is none. */
    static SourceMap check(SourceNode root, String name) throws InputError {
        if (!(root instanceof SourceMap map)) {
            throw new InputError(root.origin(), Problem.COMPOSE_NOT_A_MAPPING, root.kind());
        }
        Optional<SourceNode> services = map.get("services");
        if (services.isPresent() && !(services.get() instanceof SourceMap)
                && !(services.get() instanceof SourceScalar s && s.isNull())) {
            throw new InputError(services.get().origin(), Problem.COMPOSE_SERVICES_FORM, services.get().kind());
        }
        List<String> unknown = map.entries().keySet().stream()
                .filter(k -> !TOP_LEVEL.contains(k) && !k.startsWith("x-")).toList();
        boolean composeKeys = map.entries().keySet().stream().anyMatch(k -> TOP_LEVEL.contains(k) || k.startsWith("x-"));
        if (!composeKeys || !unknown.isEmpty()) {
            boolean version1 = !unknown.isEmpty() && unknown.stream().allMatch(k -> map.get(k).orElseThrow()
                    instanceof SourceMap m && (m.has("image") || m.has("build")));
            Origin at = unknown.isEmpty() ? map.origin() : map.keyOrigin(unknown.get(0));
            if (version1) {
                throw new InputError(at, Problem.COMPOSE_FORMAT_1);
            }
            throw unknown.isEmpty() ? new InputError(at, Problem.COMPOSE_NO_SERVICES)
                    : new InputError(at, Problem.COMPOSE_UNKNOWN_TOP_KEY, unknown.get(0));
        }
        return map;
    }

    private static SourceMap merge(SourceMap base, SourceMap over) throws InputError {
        SourceMap out = base;
        for (SourceMap.Entry e : over.list()) {
            SourceNode value = e.value();
            Optional<SourceNode> existing = out.get(e.key());
            if (e.key().equals("services") && existing.isPresent() && existing.get() instanceof SourceMap a
                    && value instanceof SourceMap b) {
                SourceMap services = a;
                for (SourceMap.Entry s : b.list()) {
                    SourceMap over2 = ComposeForms.canonical(serviceMap(s));
                    Optional<SourceNode> old = services.get(s.key());
                    services = services.with(s.key(), s.keyOrigin(), old.isPresent() && old.get() instanceof SourceMap m
                            ? ComposeMerge.service(m, over2) : over2);
                }
                value = services;
            } else if (existing.isPresent() && existing.get() instanceof SourceMap a && value instanceof SourceMap b) {
                value = ComposeMerge.deep(a, b);
            }
            out = out.with(e.key(), e.keyOrigin(), value);
        }
        return out;
    }

    private static SourceMap serviceMap(SourceMap.Entry entry) throws InputError {
        if (entry.value() instanceof SourceMap map) {
            return map;
        }
        if (entry.value() instanceof SourceScalar s && s.isNull()) {
            return SourceMap.empty(entry.keyOrigin());
        }
        throw new InputError(entry.value().origin(), Problem.COMPOSE_SERVICE_FORM, entry.key(), entry.value().kind());
    }

    private SourceMap interpolated(SourceMap file) throws InputError {
        SourceMap out = file;
        for (SourceMap.Entry e : file.list()) {
            if (INTERPOLATED.contains(e.key())) {
                out = out.with(e.key(), e.keyOrigin(), interpolate(e.value()));
            }
        }
        SourceMap services = out.map("services");
        for (SourceMap.Entry s : services.list()) {
            services = services.with(s.key(), s.keyOrigin(), ComposeForms.canonical(serviceMap(s)));
        }
        return out.has("services") ? out.with("services", out.keyOrigin("services"), services) : out;
    }

    private SourceNode interpolate(SourceNode node) throws InputError {
        if (node instanceof SourceScalar scalar) {
            if (scalar.text().indexOf('$') < 0) {
                return scalar;
            }
            Interpolation.Result result = interpolation.apply(scalar.text(), scalar.origin());
            substitutions.put(scalar.origin(), new ComposeProject.Substitution(scalar.text(), result.variables()));
            result.unset().forEach(v -> unset.add(new ComposeProject.Unset(scalar.origin(), v)));
            return new SourceScalar(result.value(), false, scalar.origin(), scalar.tag());
        }
        if (node instanceof SourceList list) {
            List<SourceNode> items = new ArrayList<>();
            for (SourceNode item : list.items()) {
                items.add(interpolate(item));
            }
            return new SourceList(items, list.origin(), list.tag());
        }
        SourceMap map = (SourceMap) node;
        Map<String, SourceMap.Entry> entries = new LinkedHashMap<>();
        for (SourceMap.Entry e : map.list()) {
            entries.put(e.key(), new SourceMap.Entry(e.key(), e.keyOrigin(), interpolate(e.value())));
        }
        return new SourceMap(entries, map.origin(), map.tag());
    }

    /** The service with its {@code extends} chain applied. */
    private SourceMap extend(String name, SourceMap services, Set<String> seen, Path file, String display)
            throws InputError {
        SourceMap service = (SourceMap) services.get(name).orElseThrow();
        Optional<SourceNode> ext = service.get("extends");
        if (ext.isEmpty()) {
            return service;
        }
        if (!seen.add(display + "#" + name)) {
            throw new InputError(ext.get().origin(), Problem.COMPOSE_EXTENDS_CYCLE, name, String.join(" -> ", seen));
        }
        String baseName;
        Optional<String> baseFile = Optional.empty();
        if (ext.get() instanceof SourceScalar s) {
            baseName = s.text();
        } else if (ext.get() instanceof SourceMap m && m.text("service").isPresent()) {
            baseName = m.text("service").get();
            baseFile = m.text("file");
        } else {
            throw new InputError(ext.get().origin(), Problem.COMPOSE_EXTENDS_FORM);
        }
        SourceMap base;
        if (baseFile.isPresent()) {
            Path other = file.toAbsolutePath().getParent().resolve(baseFile.get()).normalize();
            String otherName = relativeName(display, baseFile.get());
            SourceMap otherServices = interpolated(check(SourceYaml.read(other, otherName), otherName)).map("services");
            if (!otherServices.has(baseName)) {
                throw new InputError(ext.get().origin(), Problem.COMPOSE_EXTENDS_UNKNOWN_IN_FILE, name, baseName,
                        baseFile.get());
            }
            base = rebase(extend(baseName, otherServices, seen, other, otherName), other.getParent());
        } else {
            if (!services.has(baseName)) {
                throw new InputError(ext.get().origin(), Problem.COMPOSE_EXTENDS_UNKNOWN, name, baseName);
            }
            base = extend(baseName, services, seen, file, display);
        }
        return ComposeMerge.service(base, service.without("extends"));
    }

    /** Relative paths of a service from a file in another folder, made relative to the project folder. */
    private SourceMap rebase(SourceMap service, Path from) {
        if (from.equals(folder)) {
            return service;
        }
        String prefix = folder.relativize(from).toString().replace('\\', '/');
        SourceMap out = service;
        SourceMap build = service.map("build");
        if (build.text("context").isPresent() && !build.text("context").get().startsWith("/")) {
            out = out.with("build", service.keyOrigin("build"), build.with("context", build.keyOrigin("context"),
                    SourceScalar.of(prefix + "/" + build.text("context").get(), build.keyOrigin("context"))));
        }
        return out;
    }
}
