package dev.gantry.importer.verify;

import dev.gantry.importer.InputError;
import dev.gantry.importer.Setting;
import dev.gantry.importer.platformsh.PlatformConfig;
import dev.gantry.importer.platformsh.PlatformImport;
import dev.gantry.importer.platformsh.PlatformLeaf;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An original Platform.sh or Upsun configuration against the Platform.sh files Gantry generated,
 * leaf by leaf, both read with their custom tags as plain nodes: applications, services and routes
 * matched by the names import gave them (Upsun's files compare with the Platform.sh files that say
 * the same until Gantry has an Upsun target).
 */
final class PlatformComparison {

    private PlatformComparison() {
    }

    static List<Row> compare(PlatformImport imported, Path folder, Claims claims, List<String> added)
            throws InputError {
        List<Path> files = new ArrayList<>();
        for (String name : List.of(".platform.app.yaml", ".platform/applications.yaml", ".platform/services.yaml",
                ".platform/routes.yaml")) {
            if (Files.isRegularFile(folder.resolve(name))) {
                files.add(folder.resolve(name));
            }
        }
        Map<String, String> generated = new LinkedHashMap<>();
        if (!files.isEmpty()) {
            PlatformConfig config = PlatformConfig.read(files, files.stream().map(f -> folder.relativize(f).toString())
                    .toList());
            config.leaves().values().forEach(l -> generated.put(String.join("\u0000", l.path()), l.value()));
        }
        List<Row> rows = new ArrayList<>();
        Set<String> matched = new HashSet<>();
        for (PlatformLeaf leaf : imported.config().leaves().values()) {
            String part = leaf.path().get(0);
            String kind = part.substring(0, part.indexOf(':') + 1);
            String name = part.substring(part.indexOf(':') + 1);
            String renamed = kind + (kind.equals("route:") ? name : imported.renamed().getOrDefault(name, name));
            Map<String, String> values = new LinkedHashMap<>();
            String prefix = renamed + "\u0000";
            generated.forEach((k, v) -> {
                if (k.startsWith(prefix)) {
                    values.put(k.substring(prefix.length()).replace('\u0000', '.'), v);
                }
            });
            Setting setting = new Setting(imported.environment(), part, leaf.key());
            rows.add(claims.check(setting, leaf.origin(), part + " " + leaf.key(), leaf.value(), values));
            matched.add(renamed + "\u0000" + String.join("\u0000", leaf.path().subList(1, leaf.path().size())));
        }
        generated.forEach((k, v) -> {
            if (!matched.contains(k)) {
                added.add(k.replaceFirst("\u0000", " ").replace('\u0000', '.')
                        + ": " + claims.shown(v));
            }
        });
        return rows;
    }
}
