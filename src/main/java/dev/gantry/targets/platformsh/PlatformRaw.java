package dev.gantry.targets.platformsh;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Raw;
import dev.gantry.model.Service;
import dev.gantry.plan.platform.Application;
import dev.gantry.render.Doc;
import dev.gantry.render.RawMerge;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code raw.platformsh} blocks of one environment, merged into the documents of Platform.sh or
 * Upsun (both read the same blocks, as they read the same {@code platformsh} settings): a service's
 * block into what it becomes (its application, its worker entry, or its entry of the services), then
 * the environment's block, which names objects as Upsun's file does ({@code applications},
 * {@code services}, {@code routes}, each by name or URL).
 */
final class PlatformRaw {

    static final String KEY = "platformsh";
    private static final String APPLICATIONS = "applications";

    private final Environment env;
    private final Optional<Raw.Mapping> file;

    PlatformRaw(Environment env) {
        this.env = env;
        this.file = env.settings().raw().of(KEY);
    }

    /**
     * Merges into {@code doc}, application {@code app} at {@code path} of its file, the block of its
     * service, its workers' blocks into their entries, then the environment's {@code applications.<name>}.
     */
    void application(Doc.Mapping doc, Application app, List<String> path, RawMerge.Result raw) {
        serviceBlock(app.name()).ifPresent(block -> RawMerge.into(doc, block, path, raw));
        for (String worker : app.workers().keySet()) {
            if (doc.get("workers") instanceof Doc.Mapping workers && workers.get(worker) instanceof Doc.Mapping entry) {
                serviceBlock(worker).ifPresent(block -> RawMerge.into(entry, block, append(path, "workers", worker),
                        raw));
            }
        }
        section(APPLICATIONS).flatMap(apps -> Optional.ofNullable(apps.entries().get(app.name())))
                .filter(e -> e.value() instanceof Raw.Mapping)
                .ifPresent(e -> RawMerge.into(doc, (Raw.Mapping) e.value(), path, raw));
    }

    /**
     * Merges into the services mapping ({@code services} at {@code path}) each service's block, then the
     * environment's {@code services}, which may add services Gantry does not generate.
     */
    void services(Doc.Mapping services, List<String> path, RawMerge.Result raw) {
        for (Map.Entry<String, Doc> entry : List.copyOf(services.entries().entrySet())) {
            if (entry.getValue() instanceof Doc.Mapping service) {
                serviceBlock(entry.getKey()).ifPresent(block -> RawMerge.into(service, block,
                        append(path, entry.getKey()), raw));
            }
        }
        section("services").ifPresent(block -> RawMerge.into(services, block, path, raw));
    }

    /** Merges the environment's {@code routes} into the routes mapping at {@code path}; new URLs are added. */
    void routes(Doc.Mapping routes, List<String> path, RawMerge.Result raw) {
        section("routes").ifPresent(block -> RawMerge.into(routes, block, path, raw));
    }

    /**
     * The environment's {@code applications} may only name applications Gantry generates (an
     * application is a service of environment.yaml): any other one is reported, not dropped silently.
     */
    void checkApplications(List<Application> apps, String title, Diagnostics diagnostics) {
        List<String> names = apps.stream().map(Application::name).toList();
        section(APPLICATIONS).ifPresent(block -> block.entries().values().forEach(entry -> {
            if (!names.contains(entry.key())) {
                diagnostics.warning(Code.DROPPED_FIELD, entry.keyAt(), "environment `" + env.id() + "` runs no"
                        + " application `" + entry.key() + "` on " + title + ", so its raw keys go nowhere",
                        "its applications are " + String.join(", ", names) + "; an application is a service of"
                                + " environment.yaml that Gantry places there");
            } else if (!(entry.value() instanceof Raw.Mapping)) {
                diagnostics.warning(Code.DROPPED_FIELD, entry.keyAt(), "raw `null` cannot remove application `"
                        + entry.key() + "`; the block is ignored", "remove the service from environment `" + env.id()
                                + "` instead");
            }
        }));
    }

    private Optional<Raw.Mapping> serviceBlock(String name) {
        Service service = env.services().get(name);
        return service == null ? Optional.empty() : service.settings().raw().of(KEY);
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
