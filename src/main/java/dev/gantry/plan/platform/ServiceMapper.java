package dev.gantry.plan.platform;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.ServiceType;
import dev.gantry.diag.Code;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.Environment;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.util.Sizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a catalog service into an entry of {@code .platform/services.yaml}: the Platform.sh type and
 * version line, the disk, the databases and endpoints of SQL kinds, and for an HTTP cache its
 * relationship to the application behind it and its VCL by {@code !include}. Settings Platform.sh
 * has no place for are reported.
 */
final class ServiceMapper {

    static final String ADMIN = "admin";
    private static final Set<String> DATABASE_SETTINGS = Set.of("database", "user", "schemas");

    private final Environment env;
    private final Endpoints endpoints;
    private final Problems problems;

    ServiceMapper(Environment env, Endpoints endpoints, Problems problems) {
        this.env = env;
        this.endpoints = endpoints;
        this.problems = problems;
    }

    PlatformService map(Service service, ServiceType type, boolean routed) {
        ServiceSource.Catalog use = (ServiceSource.Catalog) service.source().value();
        boolean persistent = type.disk().persistent().isPresent() && service.config().flag("persistent");
        String name = persistent ? type.disk().persistent().get().type() : type.type();
        checkSettings(service, type);
        NotCarried.report(problems, env, service,
                NotCarried.ofService(service, routed, service.placement().inFrontOf().isPresent()),
                problems.title() + " runs catalog services its own way: only `use` and `config` reach them");
        Map<String, String> relationships = new LinkedHashMap<>();
        service.placement().inFrontOf().ifPresent(app -> relationships.put(app.value(),
                app.value() + ":" + Endpoints.APP_ENDPOINT));
        return new PlatformService(service.id(), service.description(),
                name + ":" + type.line(use.version()).orElseThrow(), disk(service, type, persistent),
                type.databases().map(d -> databases(service.id(), d)), relationships,
                type.configFile().map(key -> new PlatformService.Include(key, vclFile(service.id()))));
    }

    /** The VCL of a Varnish service, beside services.yaml in {@code .platform/}. */
    static String vclFile(String service) {
        return service + ".vcl";
    }

    private Optional<Long> disk(Service service, ServiceType type, boolean persistent) {
        ServiceType.Disk disk = type.disk();
        Optional<Integer> fallback = persistent ? Optional.of(disk.persistent().get().disk())
                : disk.size().isPresent() ? Optional.of(disk.size().getAsInt()) : Optional.empty();
        Optional<CatalogConfig.Setting> given = service.config().get("disk")
                .filter(d -> endpoints.instance(service.id()).entry().settingNames().contains("disk"));
        if (fallback.isEmpty()) {
            given.ifPresent(d -> problems.warning(d.at(), "`config.disk` of service `" + service.id()
                            + "` is not carried: " + problems.title() + "'s " + type.type() + " keeps no data on disk",
                    disk.persistent().map(p -> "set `config.persistent: true` for " + p.type() + ", which does")
                            .orElse("remove it from environment `" + env.id() + "`")));
            return Optional.empty();
        }
        long mib = given.map(d -> Sizes.toMiB(d.text())).orElse((long) fallback.get());
        int min = disk.min().orElse(0);
        if (mib < min) {
            problems.error(Code.OUT_OF_RANGE, given.orElseThrow().at(), problems.title() + " gives " + type.type()
                    + " at least " + min + " MB of disk, not " + mib, "give `disk: " + min + "MB` or more");
        }
        return Optional.of(mib);
    }

    /** The service's databases, an endpoint for its user with every one, and one endpoint for each further one. */
    private PlatformService.Databases databases(String service, ServiceType.Databases keys) {
        List<String> names = endpoints.databases(service);
        Map<String, String> all = new LinkedHashMap<>();
        names.forEach(n -> all.put(n, ADMIN));
        Map<String, PlatformService.Endpoint> out = new LinkedHashMap<>();
        out.put(endpoints.primary(service), new PlatformService.Endpoint(names.get(0), all));
        for (String extra : endpoints.extraDatabases(service)) {
            out.putIfAbsent(extra, new PlatformService.Endpoint(extra, Map.of(extra, ADMIN)));
        }
        return new PlatformService.Databases(keys.list(), names, keys.defaultKey(), out);
    }

    /**
     * Every `config:` setting is carried, fixed by Platform.sh, or has no place there: the last two are
     * reported (settings that do not apply to the kind at all are lint's to report).
     */
    private void checkSettings(Service service, ServiceType type) {
        CatalogInstance instance = endpoints.instance(service.id());
        List<String> applicable = instance.entry().settingNames();
        service.config().settings().forEach((key, e) -> {
            boolean carried = !applicable.contains(key) || key.equals("disk")
                    || (key.equals("persistent") && type.disk().persistent().isPresent())
                    || (DATABASE_SETTINGS.contains(key) && type.databases().isPresent())
                    || type.configFile().filter(key::equals).isPresent();
            if (carried) {
                return;
            }
            String what = "`config." + key + "` of service `" + service.id() + "` is not carried";
            if (type.fixed().containsKey(key)) {
                String value = instance.setting(key).orElse("");
                if (!value.equals(type.fixed().get(key))) {
                    problems.warning(e.keyAt(), what + ": " + problems.title() + "'s " + type.type() + " uses `"
                                    + type.fixed().get(key) + "`, not `" + value + "`",
                            "references (`{ref: " + service.id() + ".<field>}`) still lead to it; to say so, set `"
                                    + key + ": " + type.fixed().get(key) + "` in environment `" + env.id() + "`");
                }
            } else if (type.ignored().containsKey(key)) {
                problems.warning(e.keyAt(), what + ": " + type.ignored().get(key),
                        "remove it from environment `" + env.id() + "`, or accept " + problems.title() + "'s sizing");
            } else {
                problems.warning(e.keyAt(), what + ": " + problems.title() + "'s " + type.type() + " has no such setting",
                        "remove it from environment `" + env.id() + "`");
            }
        });
    }
}
