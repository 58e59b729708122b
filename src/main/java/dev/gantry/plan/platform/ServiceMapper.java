package dev.gantry.plan.platform;

import dev.gantry.catalog.CatalogInstance;
import dev.gantry.catalog.ServiceType;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.CatalogConfig;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.platformsh.ServiceConfiguration;
import dev.gantry.util.Similarity;
import dev.gantry.util.Sizes;
import java.nio.file.Files;
import java.nio.file.Path;
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

    private final Project project;
    private final Environment env;
    private final Platform platform;
    private final Endpoints endpoints;
    private final Problems problems;

    ServiceMapper(Project project, Environment env, Platform platform, Endpoints endpoints, Problems problems) {
        this.project = project;
        this.env = env;
        this.platform = platform;
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
                Problem.PLATFORM_SERVICE_FIELDS_NOT_CARRIED);
        Map<String, String> relationships = new LinkedHashMap<>();
        service.placement().inFrontOf().ifPresent(app -> relationships.put(app.value(),
                app.value() + ":" + Endpoints.APP_ENDPOINT));
        String line = type.line(use.version()).or(() -> type.retiredLine(use.version())).orElseThrow();
        return new PlatformService(service.id(), service.description(), name + ":" + line,
                disk(service, type, persistent), relationships, configuration(service, type));
    }

    /** What goes under {@code configuration}: generated for SQL kinds and HTTP caches, given for Redis and Solr. */
    private PlatformService.Configuration configuration(Service service, ServiceType type) {
        ServiceConfiguration given = service.settings().platformsh();
        boolean redis = type.disk().persistent().isPresent();
        boolean solr = type.type().equals("solr");
        given.maxmemoryPolicy().filter(p -> !redis).ifPresent(p -> notFor(service, type, p.at(), "maxmemory_policy",
                "Redis"));
        given.configsets().values().stream().findFirst().filter(c -> !solr).ifPresent(c -> notFor(service, type,
                c.at(), "configsets", "Solr"));
        given.cores().values().stream().findFirst().filter(c -> !solr).ifPresent(c -> notFor(service, type, c.at(),
                "cores", "Solr"));
        given.endpoints().values().stream().findFirst().filter(c -> !solr).ifPresent(c -> notFor(service, type,
                c.at(), "endpoints", "Solr"));
        Map<String, String> configsets = new LinkedHashMap<>();
        Map<String, PlatformService.Core> cores = new LinkedHashMap<>();
        Map<String, String> solrEndpoints = new LinkedHashMap<>();
        if (solr) {
            given.configsets().forEach((name, folder) -> archive(folder).ifPresent(p -> configsets.put(name, p)));
            given.cores().forEach((name, core) -> cores.put(name, new PlatformService.Core(
                    core.value().confDir().flatMap(this::archive), core.value().properties())));
            given.endpoints().forEach((name, core) -> {
                if (!given.cores().isEmpty() && !given.cores().containsKey(core.value())) {
                    problems.report(Problem.PLATFORM_SOLR_CORE_UNKNOWN, core.at(), name, service.id(), core.value(),
                            Similarity.didYouMean(core.value(), given.cores().keySet(), "cores"));
                }
                solrEndpoints.put(name, core.value());
            });
        }
        return new PlatformService.Configuration(type.databases().map(d -> databases(service.id(), d)),
                type.configFile().map(key -> new PlatformService.Include(key, vclFile(service.id()))),
                redis ? given.maxmemoryPolicy().map(Located::value) : Optional.empty(), configsets, cores,
                solrEndpoints);
    }

    private void notFor(Service service, ServiceType type, Position at, String key, String kind) {
        problems.report(Problem.PLATFORM_SETTING_OF_OTHER_KIND, at, key, service.id(), kind, type.type());
    }

    /**
     * A folder sent by {@code !archive}: it must exist, inside the folder of the configuration
     * ({@code .platform/} or {@code .upsun/}), which its path in the file is relative to.
     */
    private Optional<String> archive(Located<String> folder) {
        Path base = project.file().toAbsolutePath().getParent();
        Path config = base.resolve(platform.folder()).normalize();
        Path path = base.resolve(folder.value()).normalize();
        if (!path.startsWith(config) || path.equals(config)) {
            problems.report(Problem.PLATFORM_FOLDER_OUTSIDE_CONFIG, folder.at(), folder.value(), platform.folder(),
                    problems.title());
            return Optional.empty();
        }
        if (!Files.isDirectory(path)) {
            problems.report(Problem.PLATFORM_FOLDER_MISSING, folder.at(), folder.value());
            return Optional.empty();
        }
        return Optional.of(config.relativize(path).toString().replace('\\', '/'));
    }

    /** The VCL of a Varnish service, beside services.yaml in {@code .platform/}. */
    static String vclFile(String service) {
        return service + ".vcl";
    }

    private Optional<Long> disk(Service service, ServiceType type, boolean persistent) {
        if (platform == Platform.UPSUN) {
            return Optional.empty();
        }
        ServiceType.Disk disk = type.disk();
        Optional<Integer> fallback = persistent ? Optional.of(disk.persistent().get().disk())
                : disk.size().isPresent() ? Optional.of(disk.size().getAsInt()) : Optional.empty();
        Optional<CatalogConfig.Setting> given = service.config().get("disk")
                .filter(d -> endpoints.instance(service.id()).entry().settingNames().contains("disk"));
        if (fallback.isEmpty()) {
            given.ifPresent(d -> disk.persistent().ifPresentOrElse(
                    p -> problems.report(Problem.PLATFORM_DISK_NOT_KEPT_PERSISTENT, d.at(), service.id(),
                            problems.title(), type.type(), p.type()),
                    () -> problems.report(Problem.PLATFORM_DISK_NOT_KEPT, d.at(), service.id(), problems.title(),
                            type.type(), env.id())));
            return Optional.empty();
        }
        long mib = given.map(d -> Sizes.toMiB(d.text())).orElse((long) fallback.get());
        int min = disk.min().orElse(0);
        if (mib < min) {
            problems.report(Problem.PLATFORM_SERVICE_DISK_TOO_SMALL, given.orElseThrow().at(), problems.title(),
                    type.type(), min, mib);
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
            if (type.fixed().containsKey(key)) {
                String value = instance.setting(key).orElse("");
                boolean declared = service.settings().platformsh().cores().containsKey(value);
                if (!value.equals(type.fixed().get(key)) && !declared) {
                    problems.report(Problem.PLATFORM_FIXED_SETTING, e.keyAt(), key, service.id(), problems.title(),
                            type.type(), type.fixed().get(key), value, env.id());
                }
            } else if (type.ignored().containsKey(key)) {
                problems.report(Problem.PLATFORM_SIZING_SETTING, e.keyAt(), key, service.id(), type.ignored().get(key),
                        env.id(), problems.title());
            } else {
                problems.report(Problem.PLATFORM_NO_SUCH_SETTING, e.keyAt(), key, service.id(), problems.title(),
                        type.type(), env.id());
            }
        });
    }
}
