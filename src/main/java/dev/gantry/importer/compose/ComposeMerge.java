package dev.gantry.importer.compose;

import dev.gantry.importer.source.SourceList;
import dev.gantry.importer.source.SourceMap;
import dev.gantry.importer.source.SourceNode;
import dev.gantry.importer.source.SourceScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays one service definition over another as {@code docker-compose -f base -f override} does (and
 * as {@code extends} does): mappings merge key by key, lists that compose unites are united (ports,
 * expose, cap_add, dns ...), volumes and devices are merged by their path in the container, and
 * everything else (image, command, entrypoint, scalars) is replaced. Both services are canonical
 * ({@link ComposeForms#canonical}).
 */
final class ComposeMerge {

    private static final Set<String> MAPPINGS = Set.of("environment", "labels", "extra_hosts", "depends_on",
            "networks", "build", "healthcheck", "deploy", "logging", "ulimits", "sysctls", "blkio_config",
            "storage_opt", "annotations");
    private static final Set<String> UNITED = Set.of("ports", "expose", "cap_add", "cap_drop", "external_links",
            "volumes_from", "dns", "dns_search", "dns_opt", "env_file", "tmpfs", "profiles", "security_opt",
            "group_add", "secrets", "configs", "links", "device_cgroup_rules");
    private static final Set<String> BY_TARGET = Set.of("volumes", "devices");

    private ComposeMerge() {
    }

    static SourceMap service(SourceMap base, SourceMap over) {
        Map<String, SourceMap.Entry> merged = new LinkedHashMap<>(base.entries());
        for (SourceMap.Entry e : over.list()) {
            SourceMap.Entry existing = merged.get(e.key());
            SourceNode value = e.value();
            if (existing != null) {
                value = field(e.key(), existing.value(), value);
            }
            merged.put(e.key(), new SourceMap.Entry(e.key(), e.keyOrigin(), value));
        }
        return new SourceMap(merged, over.origin(), over.tag());
    }

    private static SourceNode field(String key, SourceNode base, SourceNode over) {
        if (MAPPINGS.contains(key) && base instanceof SourceMap a && over instanceof SourceMap b) {
            return deep(a, b);
        }
        if (UNITED.contains(key) && base instanceof SourceList a && over instanceof SourceList b) {
            return unite(a, b);
        }
        if (BY_TARGET.contains(key) && base instanceof SourceList a && over instanceof SourceList b) {
            return byTarget(a, b);
        }
        return over;
    }

    /** Mappings merged key by key, recursively; the override's value wins elsewhere. */
    static SourceMap deep(SourceMap base, SourceMap over) {
        Map<String, SourceMap.Entry> merged = new LinkedHashMap<>(base.entries());
        for (SourceMap.Entry e : over.list()) {
            SourceMap.Entry existing = merged.get(e.key());
            SourceNode value = e.value();
            if (existing != null && existing.value() instanceof SourceMap a && value instanceof SourceMap b) {
                value = deep(a, b);
            }
            merged.put(e.key(), new SourceMap.Entry(e.key(), e.keyOrigin(), value));
        }
        return new SourceMap(merged, over.origin(), over.tag());
    }

    private static SourceList unite(SourceList base, SourceList over) {
        List<SourceNode> items = new ArrayList<>(base.items());
        for (SourceNode item : over.items()) {
            if (items.stream().noneMatch(i -> sameText(i, item))) {
                items.add(item);
            }
        }
        return new SourceList(items, over.origin(), over.tag());
    }

    private static SourceList byTarget(SourceList base, SourceList over) {
        Map<String, SourceNode> byTarget = new LinkedHashMap<>();
        for (SourceNode item : base.items()) {
            byTarget.put(target(item), item);
        }
        for (SourceNode item : over.items()) {
            byTarget.put(target(item), item);
        }
        return new SourceList(new ArrayList<>(byTarget.values()), over.origin(), over.tag());
    }

    /** The path in the container of a volume or device, short or long syntax. */
    static String target(SourceNode item) {
        if (item instanceof SourceMap map) {
            return map.text("target").orElse(map.text("source").orElse(""));
        }
        if (item instanceof SourceScalar scalar) {
            String[] parts = VolumeSyntax.split(scalar.text());
            return parts.length == 1 ? parts[0] : parts[1];
        }
        return item.toString();
    }

    private static boolean sameText(SourceNode a, SourceNode b) {
        return a instanceof SourceScalar x && b instanceof SourceScalar y && x.text().equals(y.text());
    }
}
