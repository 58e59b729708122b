package dev.gantry.targets.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.load.YScalar;
import dev.gantry.model.Located;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code platformsh.apps.<service>}: how Platform.sh builds and runs one application, as the user wrote it. */
record AppSettings(String service, Position at, YMap map) {

    static final List<String> HOOKS = List.of("build", "deploy", "post_deploy");

    Optional<Located<String>> type() {
        return Fields.located(map, "type");
    }

    Optional<String> root() {
        return Fields.string(map, "root");
    }

    Optional<String> buildFlavor() {
        return Fields.string(Fields.map(map, "build"), "flavor");
    }

    Map<String, Map<String, String>> dependencies() {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        Fields.map(map, "dependencies").entries().forEach((manager, e) -> out.put(manager, texts((YMap) e.value())));
        return out;
    }

    List<String> extensions() {
        return Fields.strings(Fields.map(map, "runtime"), "extensions");
    }

    List<String> disabledExtensions() {
        return Fields.strings(Fields.map(map, "runtime"), "disabled_extensions");
    }

    Map<String, String> php() {
        return texts(Fields.map(map, "php"));
    }

    Optional<Located<String>> disk() {
        return Fields.located(map, "disk");
    }

    Map<String, String> hooks() {
        YMap hooks = Fields.map(map, "hooks");
        Map<String, String> out = new LinkedHashMap<>();
        HOOKS.forEach(h -> Fields.string(hooks, h).ifPresent(script -> out.put(h, script)));
        return out;
    }

    Map<String, Application.Location> locations() {
        Map<String, Application.Location> out = new LinkedHashMap<>();
        Fields.map(Fields.map(map, "web"), "locations").entries().forEach((path, e) -> {
            YMap l = (YMap) e.value();
            Map<String, Application.Rule> rules = new LinkedHashMap<>();
            Fields.map(l, "rules").entries().forEach((pattern, r) -> {
                YMap rule = (YMap) r.value();
                rules.put(pattern, new Application.Rule(flag(rule, "allow"), typed(rule, "expires"),
                        Fields.string(rule, "passthru").orElse(null), flag(rule, "scripts"),
                        texts(Fields.map(rule, "headers"))));
            });
            out.put(path, new Application.Location(Fields.string(l, "root").orElse(null), typed(l, "passthru"),
                    typed(l, "expires"), flag(l, "allow"), flag(l, "scripts"), Fields.strings(l, "index"),
                    texts(Fields.map(l, "headers")), rules));
        });
        return out;
    }

    Map<String, Application.Cron> crons() {
        Map<String, Application.Cron> out = new LinkedHashMap<>();
        Fields.map(map, "crons").entries().forEach((name, e) -> {
            YMap c = (YMap) e.value();
            out.put(name, new Application.Cron(Fields.string(c, "spec").orElseThrow(),
                    Fields.string(c, "command").orElseThrow(),
                    Fields.string(c, "stop").orElse(null), Fields.integer(c, "shutdown_timeout").isPresent()
                            ? Fields.integer(c, "shutdown_timeout").getAsInt() : null));
        });
        return out;
    }

    /** Relationship name to {@code service} or {@code service:endpoint}, with where each was written. */
    Map<String, Located<String>> relationships() {
        return Fields.scalarMap(map, "relationships");
    }

    Optional<String> timezone() {
        return Fields.string(map, "timezone");
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
