package dev.gantry.targets.platformsh;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.Raw;
import dev.gantry.model.Service;
import dev.gantry.plan.platform.Application;
import dev.gantry.plan.platform.Platform;
import dev.gantry.render.Doc;
import dev.gantry.render.RawMerge;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code raw.platformsh} blocks of one environment, merged into the documents of Platform.sh or
 * Upsun (both read the same blocks, as they read the same {@code platformsh} settings): a service's
 * block into what it becomes (its application, its worker entry, or its entry of the services), then
 * the environment's block, which names objects as Upsun's file does ({@code applications},
 * {@code services}, {@code routes}, each by name or URL). On Upsun, the keys of Platform.sh's that
 * Upsun's file has not (a disk, an application's size and name) are not carried, each with a warning,
 * as the typed ones are not: a block shared by the two stays valid for both.
 */
final class PlatformRaw {

    private static final String APPLICATIONS = "applications";
    private static final String WORKERS = "workers";

    /** What a block goes into, and the keys Platform.sh's file has there that Upsun's has not. */
    private enum Kind {
        APPLICATION("an application", Set.of("name", "disk", "size")),
        WORKER("a worker", Set.of("disk")),
        SERVICE("a service", Set.of("disk"));

        private final String noun;
        private final Set<String> platformshOnly;

        Kind(String noun, Set<String> platformshOnly) {
            this.noun = noun;
            this.platformshOnly = platformshOnly;
        }
    }

    private final Environment env;
    private final Platform platform;
    private final Diagnostics diagnostics;
    private final Optional<Raw.Mapping> file;

    PlatformRaw(Environment env, Platform platform, Diagnostics diagnostics) {
        this.env = env;
        this.platform = platform;
        this.diagnostics = diagnostics;
        this.file = env.settings().raw().of(PlatformshTarget.NAME);
    }

    /**
     * Merges into {@code doc}, application {@code app} at {@code path} of its file, the block of its
     * service, its workers' blocks into their entries, then the environment's {@code applications.<name>}.
     */
    void application(Doc.Mapping doc, Application app, List<String> path, RawMerge.Result raw) {
        serviceBlock(app.name(), Kind.APPLICATION).ifPresent(block -> RawMerge.into(doc, block, path, raw));
        for (String worker : app.workers().keySet()) {
            if (doc.get(WORKERS) instanceof Doc.Mapping workers && workers.get(worker) instanceof Doc.Mapping entry) {
                serviceBlock(worker, Kind.WORKER).ifPresent(block -> RawMerge.into(entry, block,
                        append(path, WORKERS, worker), raw));
            }
        }
        section(APPLICATIONS).flatMap(apps -> Optional.ofNullable(apps.entries().get(app.name())))
                .filter(e -> e.value() instanceof Raw.Mapping)
                .ifPresent(e -> RawMerge.into(doc, carried((Raw.Mapping) e.value(), Kind.APPLICATION), path, raw));
    }

    /**
     * Merges into the services mapping ({@code services} at {@code path}) each service's block, then the
     * environment's {@code services}, which may add services Gantry does not generate.
     */
    void services(Doc.Mapping services, List<String> path, RawMerge.Result raw) {
        for (Map.Entry<String, Doc> entry : List.copyOf(services.entries().entrySet())) {
            if (entry.getValue() instanceof Doc.Mapping service) {
                serviceBlock(entry.getKey(), Kind.SERVICE).ifPresent(block -> RawMerge.into(service, block,
                        append(path, entry.getKey()), raw));
            }
        }
        section("services").ifPresent(block -> {
            Map<String, Raw.Entry> carried = new LinkedHashMap<>();
            block.entries().forEach((name, e) -> carried.put(name, e.value() instanceof Raw.Mapping m
                    ? new Raw.Entry(name, e.keyAt(), carried(m, Kind.SERVICE)) : e));
            RawMerge.into(services, new Raw.Mapping(carried, block.at()), path, raw);
        });
    }

    /** Merges the environment's {@code routes} into the routes mapping at {@code path}; new URLs are added. */
    void routes(Doc.Mapping routes, List<String> path, RawMerge.Result raw) {
        section("routes").ifPresent(block -> RawMerge.into(routes, block, path, raw));
    }

    /**
     * The environment's {@code applications} may only name applications Gantry generates (an
     * application is a service of environment.yaml): any other one is reported, not dropped silently.
     */
    void checkApplications(List<Application> apps) {
        List<String> names = apps.stream().map(Application::name).toList();
        section(APPLICATIONS).ifPresent(block -> block.entries().values().forEach(entry -> {
            if (!names.contains(entry.key())) {
                diagnostics.report(Problem.PLATFORM_RAW_APP_UNKNOWN, entry.keyAt(), env.id(), entry.key(),
                        platform.title(),
                        String.join(", ", names));
            } else if (!(entry.value() instanceof Raw.Mapping)) {
                diagnostics.report(Problem.PLATFORM_RAW_NULL_APP, entry.keyAt(), entry.key(), env.id());
            }
        }));
    }

    private Optional<Raw.Mapping> serviceBlock(String name, Kind kind) {
        Service service = env.services().get(name);
        return service == null ? Optional.empty()
                : service.settings().raw().of(PlatformshTarget.NAME).map(b -> carried(b, kind));
    }

    /** The block as {@code platform} carries it into {@code kind}: on Upsun, without Platform.sh's own keys. */
    private Raw.Mapping carried(Raw.Mapping block, Kind kind) {
        if (platform != Platform.UPSUN) {
            return block;
        }
        Map<String, Raw.Entry> kept = new LinkedHashMap<>();
        block.entries().forEach((key, entry) -> {
            if (kind.platformshOnly.contains(key)) {
                diagnostics.report(key.equals("name") ? Problem.UPSUN_RAW_NAME : Problem.UPSUN_RAW_SIZING, entry.keyAt(),
                        key,
                        kind.noun);
            } else if (kind == Kind.APPLICATION && key.equals(WORKERS) && entry.value() instanceof Raw.Mapping ws) {
                Map<String, Raw.Entry> workers = new LinkedHashMap<>();
                ws.entries().forEach((name, w) -> workers.put(name, w.value() instanceof Raw.Mapping m
                        ? new Raw.Entry(name, w.keyAt(), carried(m, Kind.WORKER)) : w));
                kept.put(key, new Raw.Entry(key, entry.keyAt(), new Raw.Mapping(workers, ws.at())));
            } else {
                kept.put(key, entry);
            }
        });
        return new Raw.Mapping(kept, block.at());
    }

    private Optional<Raw.Mapping> section(String key) {
        return file.flatMap(block -> Optional.ofNullable(block.entries().get(key)))
                .filter(e -> e.value() instanceof Raw.Mapping).map(e -> (Raw.Mapping) e.value());
    }

    private static List<String> append(List<String> path, String... keys) {
        List<String> out = new ArrayList<>(path);
        out.addAll(List.of(keys));
        return out;
    }
}
