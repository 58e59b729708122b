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
import dev.gantry.util.Sizes;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Binds {@code environments.<env>.platformsh}, with each application's settings under {@code apps}. */
public final class PlatformshSettingsBinder {

    private PlatformshSettingsBinder() {
    }

    public static PlatformshSettings bind(SettingsBlocks.Context context, Optional<YMap> block) {
        Position envAt = context.environment().at();
        YMap m = block.orElse(new YMap(Map.of(), envAt));
        Optional<Located<String>> app = Fields.located(m, "app");
        YMap cache = Fields.map(m, "cache");
        Map<String, AppSettings> apps = new LinkedHashMap<>();
        Fields.map(m, "apps").entries().forEach((name, e) -> apps.put(name, app(name, e.keyPosition(),
                (YMap) e.value())));
        return new PlatformshSettings(app.orElse(new Located<>(PlatformshSettings.DEFAULT_APP, envAt)),
                app.isPresent(), Fields.string(m, "domain"),
                new PlatformshSettings.RouteCache(Fields.optionalFlag(cache, "enabled"),
                        Fields.integer(cache, "default_ttl").isPresent()
                                ? Optional.of(Fields.integer(cache, "default_ttl").getAsInt()) : Optional.empty(),
                        Fields.strings(cache, "cookies"), Fields.strings(cache, "headers")),
                Fields.string(m, "storage_disk").map(Sizes::toMiB)
                        .orElse(PlatformshSettings.DEFAULT_STORAGE_DISK_MIB), apps);
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
        return new AppSettings(service, at, Fields.located(map, "type"), Fields.string(map, "root"),
                new AppSettings.Build(Fields.string(build, "flavor")
                        .map(f -> AppSettings.BuildFlavor.valueOf(f.toUpperCase(Locale.ROOT))), dependencies),
                new AppSettings.Runtime(Fields.strings(runtime, "extensions"),
                        Fields.strings(runtime, "disabled_extensions"), texts(Fields.map(map, "php")),
                        Fields.string(map, "timezone")),
                Fields.located(map, "disk"), hookScripts, locations(map), crons(map),
                Fields.scalarMap(map, "relationships"));
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
            out.put(name, new AppSettings.Cron(Fields.string(c, "spec").orElseThrow(),
                    Fields.string(c, "command").orElseThrow(),
                    Fields.string(c, "stop").orElse(null), Fields.integer(c, "shutdown_timeout").isPresent()
                            ? Fields.integer(c, "shutdown_timeout").getAsInt() : null));
        });
        return out;
    }

    private static Boolean flag(YMap m, String key) {
        return Fields.optionalFlag(m, key).orElse(null);
    }

    /** A scalar as YAML typed it: a String, a Long or a Boolean; null when absent. */
    private static Object typed(YMap m, String key) {
        Optional<YNode> node = m.get(key);
        return node.filter(YScalar.class::isInstance).map(n -> ((YScalar) n).value()).orElse(null);
    }

    private static Map<String, String> texts(YMap m) {
        Map<String, String> out = new LinkedHashMap<>();
        m.entries().forEach((k, e) -> out.put(k, Fields.scalarText((YScalar) e.value())));
        return out;
    }
}
