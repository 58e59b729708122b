package dev.gantry.importer.verify;

import dev.gantry.importer.InputError;
import dev.gantry.importer.Setting;
import dev.gantry.importer.compose.ComposeLoader;
import dev.gantry.importer.compose.ComposeProject;
import dev.gantry.importer.compose.ComposeResolver;
import dev.gantry.importer.compose.DotEnv;
import dev.gantry.importer.compose.Leaf;
import dev.gantry.importer.compose.ResolvedCompose;
import dev.gantry.importer.compose.ResolvedService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The original compose files of an environment against the compose file Gantry generated for it,
 * both resolved by the same resolver (which the tests hold to {@code docker-compose config}): each
 * service's settings by key, services matched by the names import gave them.
 */
final class ComposeComparison {

    private ComposeComparison() {
    }

    /** The rows of the original settings, and the generated settings no original has (added by Gantry). */
    static List<Row> compare(String env, ResolvedCompose original, Map<String, String> renamed, Path folder,
            Map<String, String> dotEnv, Claims claims, List<String> added) throws InputError {
        Path generatedFile = folder.resolve("docker-compose." + env + ".yml");
        List<Row> rows = new ArrayList<>();
        if (!Files.isRegularFile(generatedFile)) {
            original.services().values().forEach(s -> s.leaves().values().forEach(l -> rows.add(claims.check(
                    setting(env, s, l), l.origin(), "services." + s.name() + "." + l.key(), l.value(), Map.of()))));
            return rows;
        }
        ComposeProject generated = ComposeLoader.load(List.of(generatedFile), List.of(generatedFile.getFileName()
                .toString()), new DotEnv(variables(dotEnv)));
        ResolvedCompose resolved = ComposeResolver.resolve(generated);
        Set<String> matched = new HashSet<>();
        for (ResolvedService service : original.services().values()) {
            String name = renamed.getOrDefault(service.name(), service.name());
            ResolvedService other = resolved.services().get(name);
            Map<String, String> values = new LinkedHashMap<>();
            if (other != null) {
                other.leaves().values().forEach(l -> values.put(l.key(), l.value()));
            }
            for (Leaf leaf : service.leaves().values()) {
                Row row = claims.check(setting(env, service, leaf), leaf.origin(), "services." + service.name() + "."
                        + leaf.key(), leaf.value(), values);
                rows.add(row);
                matched.add(name + "/" + claims.generatedKey(setting(env, service, leaf)));
            }
            if (other != null) {
                other.leaves().values().stream().filter(l -> !matched.contains(name + "/" + l.key()))
                        .forEach(l -> added.add("services." + name + "." + l.key() + ": " + claims.shown(l.shown())));
            }
        }
        for (ResolvedService service : resolved.services().values()) {
            if (!renamed.containsValue(service.name())) {
                added.add("services." + service.name() + " (" + service.leaves().size() + " settings)");
            }
        }
        Map<String, String> top = new LinkedHashMap<>();
        resolved.top().values().forEach(l -> top.put(l.key(), l.value()));
        for (Leaf leaf : original.top().values()) {
            rows.add(claims.check(new Setting(env, "compose", leaf.key()), leaf.origin(), leaf.key(), leaf.value(),
                    top));
        }
        return rows;
    }

    private static Setting setting(String env, ResolvedService service, Leaf leaf) {
        return new Setting(env, "services." + service.name(), leaf.key());
    }

    private static Map<String, DotEnv.Variable> variables(Map<String, String> values) {
        Map<String, DotEnv.Variable> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, new DotEnv.Variable(k, v, dev.gantry.importer.Origin.of(".env"))));
        return out;
    }
}
