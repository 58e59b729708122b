package dev.gantry.bind.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.bind.SettingsBlocks;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.model.Located;
import dev.gantry.model.platformsh.AppSettings;
import dev.gantry.model.platformsh.PlatformshSettings;
import dev.gantry.model.platformsh.Routing;
import dev.gantry.model.platformsh.Sizing;
import dev.gantry.util.Sizes;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Binds {@code environments.<env>.platformsh}, which the Platform.sh and Upsun targets read, with each
 * application's settings under {@code apps}.
 */
public final class PlatformshSettingsBinder {

    private PlatformshSettingsBinder() {
    }

    public static PlatformshSettings bind(SettingsBlocks.Context context, Optional<YMap> block) {
        Position envAt = context.environment().at();
        YMap m = block.orElse(new YMap(Map.of(), envAt));
        Optional<Located<String>> app = Fields.located(m, "app");
        Map<String, AppSettings> apps = new LinkedHashMap<>();
        Fields.map(m, "apps").entries().forEach((name, e) -> apps.put(name, app(name, e.keyPosition(),
                (YMap) e.value())));
        return new PlatformshSettings(app.orElse(new Located<>(PlatformshSettings.DEFAULT_APP, envAt)),
                app.isPresent(), RoutingBinder.bind(m),
                new PlatformshSettings.NetworkStorage(Fields.string(m, "storage_service")
                        .orElse(PlatformshSettings.DEFAULT_STORAGE_SERVICE), size(m, "storage_disk")),
                Fields.optionalFlag(m, "applications_file").map(f -> new Located<>(f,
                        m.keyPosition("applications_file"))), apps);
    }

    private static AppSettings app(String service, Position at, YMap map) {
        YMap build = Fields.map(map, "build");
        YMap runtime = Fields.map(map, "runtime");
        Map<String, Map<String, String>> dependencies = new LinkedHashMap<>();
        Fields.map(map, "dependencies").entries().forEach((manager, e) ->
                dependencies.put(manager, texts((YMap) e.value())));
        YMap hooks = Fields.map(map, "hooks");
        Map<String, String> hookScripts = new LinkedHashMap<>();
        AppSettings.HOOKS.forEach(h -> Fields.string(hooks, h).ifPresent(script -> hookScripts.put(h, script)));
        Map<String, AppSettings.WorkerSettings> workers = new LinkedHashMap<>();
        Fields.map(map, "workers").entries().forEach((name, e) -> {
            YMap worker = (YMap) e.value();
            workers.put(name, new AppSettings.WorkerSettings(e.keyPosition(), sizing(worker),
                    Fields.string(worker, "pre_start")));
        });
        return new AppSettings(service, at, Fields.located(map, "type"), Fields.string(map, "root"),
                new AppSettings.Build(Fields.string(build, "flavor")
                        .map(f -> AppSettings.BuildFlavor.valueOf(f.toUpperCase(Locale.ROOT))), dependencies),
                new AppSettings.Runtime(Fields.strings(runtime, "extensions"),
                        Fields.strings(runtime, "disabled_extensions"), texts(Fields.map(map, "php")),
                        Fields.string(map, "timezone")),
                sizing(map), locations(map),
                new AppSettings.Commands(hookScripts, crons(map), texts(Fields.map(map, "source_operations"))),
                Fields.scalarMap(map, "relationships"), workers, Fields.string(map, "environment"));
    }

    /** {@code disk}, {@code size} and {@code resources} of an application or worker. */
    private static Sizing sizing(YMap map) {
        Optional<Located<Sizing.Resources>> resources = Fields.optionalMap(map, "resources").map(r ->
                new Located<>(new Sizing.Resources(Fields.integer(r, "base_memory"),
                        Fields.integer(r, "memory_ratio")), map.keyPosition("resources")));
        return new Sizing(size(map, "disk"), Fields.located(map, "size")
                .map(s -> new Located<>(Sizing.Size.of(s.value()), s.at())), resources);
    }

    private static Optional<Located<Long>> size(YMap map, String key) {
        return Fields.located(map, key).map(s -> new Located<>(Sizes.toMiB(s.value()), s.at()));
    }

    private static Map<String, AppSettings.Location> locations(YMap map) {
        Map<String, AppSettings.Location> out = new LinkedHashMap<>();
        Fields.map(Fields.map(map, "web"), "locations").entries().forEach((path, e) -> {
            YMap l = (YMap) e.value();
            Map<String, AppSettings.Rule> rules = new LinkedHashMap<>();
            Fields.map(l, "rules").entries().forEach((pattern, r) -> {
                YMap rule = (YMap) r.value();
                rules.put(pattern, new AppSettings.Rule(flag(rule, "allow"), typed(rule, "expires"),
                        Fields.string(rule, "passthru").orElse(null), flag(rule, "scripts"),
                        texts(Fields.map(rule, "headers"))));
            });
            out.put(path, new AppSettings.Location(Fields.string(l, "root").orElse(null), typed(l, "passthru"),
                    typed(l, "expires"), flag(l, "allow"), flag(l, "scripts"), Fields.strings(l, "index"),
                    texts(Fields.map(l, "headers")), rules));
        });
        return out;
    }

    private static Map<String, AppSettings.Cron> crons(YMap map) {
        Map<String, AppSettings.Cron> out = new LinkedHashMap<>();
        Fields.map(map, "crons").entries().forEach((name, e) -> {
            YMap c = (YMap) e.value();
            out.put(name, new AppSettings.Cron(Fields.located(c, "spec").orElseThrow(),
                    Fields.string(c, "command").orElseThrow(), Fields.string(c, "stop"),
                    optionalInteger(c, "shutdown_timeout")));
        });
        return out;
    }

    static Optional<Integer> optionalInteger(YMap m, String key) {
        return Fields.integer(m, key).isPresent() ? Optional.of(Fields.integer(m, key).getAsInt()) : Optional.empty();
    }

    private static Boolean flag(YMap m, String key) {
        return Fields.optionalFlag(m, key).orElse(null);
    }

    /** A scalar as YAML typed it: a String, a Long or a Boolean; null when absent. */
    static Object typed(YMap m, String key) {
        Optional<YNode> node = m.get(key);
        return node.filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value()).orElse(null);
    }

    static Map<String, String> texts(YMap m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> out.put(k, Fields.scalarText((YScalar) e.value())));
        return out;
    }

    /** The routing keys of the block. */
    private static final class RoutingBinder {

        static Routing bind(YMap m) {
            Map<String, Located<Routing.Route>> routes = new LinkedHashMap<>();
            Fields.map(m, "routes").entries().forEach((url, e) -> {
                YMap r = (YMap) e.value();
                routes.put(url, new Located<>(new Routing.Route(Fields.located(r, "upstream"),
                        Fields.string(r, "to"), Fields.optionalFlag(r, "primary"),
                        Fields.optionalMap(r, "cache").map(RoutingBinder::cache), RouteKeysBinder.bind(r)),
                        e.keyPosition()));
            });
            return new Routing(Fields.string(m, "domain"), cache(Fields.map(m, "cache")),
                    Fields.optionalFlag(m, "www_redirect").orElse(true), RouteKeysBinder.bind(Fields.map(m, "route")),
                    routes);
        }

        private static Routing.RouteCache cache(YMap cache) {
            return new Routing.RouteCache(Fields.optionalFlag(cache, "enabled"), optionalInteger(cache, "default_ttl"),
                    optionalStrings(cache, "cookies"), optionalStrings(cache, "headers"));
        }

        private static Optional<List<String>> optionalStrings(YMap map, String key) {
            return map.get(key).isPresent() ? Optional.of(Fields.strings(map, key)) : Optional.empty();
        }
    }
}
