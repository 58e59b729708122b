package dev.gantry.importer.platformsh;

import static dev.gantry.importer.Issues.notImportedYet;

import dev.gantry.importer.Names;
import dev.gantry.importer.draft.DraftList;
import dev.gantry.importer.draft.DraftMap;
import dev.gantry.importer.draft.DraftScalar;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service of {@code .platform/services.yaml} (or Upsun's {@code services}) into a catalog service:
 * its type and version, its disk, the databases and endpoints of a SQL service (where they have the
 * shape Gantry writes: one endpoint with every database, one per further database), Varnish's VCL.
 */
final class ServiceImport {

    /** Redis's eviction policies, which Gantry's {@code platformsh.maxmemory_policy} takes. */
    private static final java.util.Set<String> EVICTION = java.util.Set.of("noeviction", "allkeys-lru",
            "allkeys-lfu", "allkeys-random", "volatile-lru", "volatile-lfu", "volatile-random", "volatile-ttl");

    private final PlatformContext p;
    private final PlatformConfig.Part part;
    private final List<PlatformLeaf> leaves;

    ServiceImport(PlatformContext p, PlatformConfig.Part part) {
        this.p = p;
        this.part = part;
        Map<List<String>, PlatformLeaf> all = new LinkedHashMap<>();
        PlatformConfig.flatten(List.of("service:" + part.name()), part.body(), part.file(), all);
        this.leaves = new ArrayList<>(all.values());
    }

    void run() {
        Optional<PlatformLeaf> typeLeaf = leaf("type");
        String[] type = typeLeaf.map(l -> l.value().split(":", 2)).orElse(new String[] {""});
        Optional<PlatformCatalog.Kind> kind = PlatformCatalog.kind(type[0]);
        String name = Names.of(part.name());
        if (typeLeaf.isEmpty() || type.length < 2 || kind.isEmpty()) {
            p.notCarried(leaves, "Gantry's catalog has no service of type `" + type[0] + "`"
                    + (type[0].equals("network-storage") ? " (storage: {kind: nfs} is one network-storage service"
                            + " named storage; " + notImportedYet("several mounts on one network-storage service") + ")" : ""));
            return;
        }
        Optional<String> version = version(kind.get(), type[1]);
        if (version.isEmpty()) {
            p.notCarried(leaves, "the catalog has no " + kind.get().entry().kind() + " " + type[1] + " that"
                    + " Platform.sh offers or still runs past its end of life");
            return;
        }
        if (!name.equals(part.name())) {
            p.notCarried(leaves, "the service would be named `" + name + "`: Gantry's names take lower-case letters,"
                    + " digits and hyphens, and renaming a Platform.sh service deletes its data");
            return;
        }
        DraftMap draft = new DraftMap();
        draft.put("use", kind.get().entry().kind() + ":" + version.get());
        if (retired(kind.get(), type[1])) {
            draft.comment("use", typeLeaf.get().value() + " is past its end of life: Gantry accepts it with a warning"
                    + " (W112); Platform.sh offers " + String.join(", ", kind.get().offered()));
        } else if (!version.get().equals(type[1])) {
            draft.comment("use", "Platform.sh runs " + typeLeaf.get().value() + "; containers need the full version "
                    + version.get());
        }
        DraftMap config = new DraftMap();
        p.renamed.put(part.name(), name);
        p.endpoints.put(name, kind.get().endpoint());
        for (PlatformLeaf leaf : leaves) {
            String top = leaf.path().get(1);
            switch (top) {
                case "type" -> {
                    if (kind.get().persistent()) {
                        config.put("persistent", DraftScalar.of(true));
                    }
                    if (type[0].equals("mysql")) {
                        p.otherForm(leaf, "as mariadb, which Platform.sh's `mysql` type is",
                                "mariadb:" + type[1], null);
                    } else {
                        p.identical(leaf);
                    }
                }
                case "disk" -> {
                    if (leaf.value().matches("[0-9]+")) {
                        config.put("disk", DraftScalar.of(Long.parseLong(leaf.value())));
                        p.identical(leaf);
                    } else {
                        p.notCarried(leaf, "Gantry takes the disk in MB");
                    }
                }
                case "configuration", "relationships" -> {
                    // below, as a whole
                }
                default -> p.notCarried(leaf, notImportedYet("a service's `" + top + "`"));
            }
        }
        if (kind.get().databases().isPresent()) {
            databases(kind.get(), config, name);
        } else if (kind.get().entry().kind().equals("varnish")) {
            varnish(config, name, draft);
        } else {
            for (PlatformLeaf leaf : under("configuration")) {
                if (leaf.path().size() == 3 && leaf.path().get(2).equals("maxmemory_policy")
                        && kind.get().entry().kind().equals("redis") && EVICTION.contains(leaf.value())) {
                    draft.map("platformsh").put("maxmemory_policy", leaf.value());
                    p.identical(leaf);
                } else {
                    p.notCarried(leaf, PlatformKeys.SERVICE_CONFIGURATION);
                }
            }
            p.notCarried(under("relationships"), notImportedYet("a service's relationships"));
        }
        if (!config.isEmpty()) {
            draft.put("config", config);
        }
        p.services.put(name, draft);
    }

    /** The catalog version for a Platform.sh version: the same line, or the newest patch Gantry knows of it. */
    private static Optional<String> version(PlatformCatalog.Kind kind, String version) {
        if (retired(kind, version)) {
            return Optional.of(version);
        }
        if (!kind.offered().contains(version)) {
            return Optional.empty();
        }
        if (!kind.entry().versions().full()) {
            return kind.entry().supports(version) ? Optional.of(version) : Optional.empty();
        }
        List<String> lines = kind.entry().versions().lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).equals(version) || lines.get(i).startsWith(version + ".")) {
                return Optional.of(lines.get(i) + ".0");
            }
        }
        return Optional.empty();
    }

    /** A version past its end of life that Platform.sh still runs and the catalog accepts, with a warning (W112). */
    private static boolean retired(PlatformCatalog.Kind kind, String version) {
        return kind.entry().platformsh().retired().contains(version) && kind.entry().retired(version)
                && !kind.entry().versions().full();
    }

    /**
     * Schemas and endpoints as Gantry writes them: the user's endpoint (admin of every database, its
     * default the service's database), then one endpoint per further database. Without a
     * configuration, Platform.sh's default (database main, endpoint of the type's name) is said.
     */
    private void databases(PlatformCatalog.Kind kind, DraftMap config, String name) {
        String list = kind.databases().orElseThrow();
        String defaultKey = list.equals("schemas") ? "default_schema" : "default_database";
        List<PlatformLeaf> configuration = under("configuration");
        p.notCarried(under("relationships"), notImportedYet("a service's relationships"));
        if (configuration.isEmpty()) {
            config.put("database", "main");
            config.put("user", kind.endpoint());
            config.comment("database", "Platform.sh's defaults without a configuration");
            p.endpoints.put(name, kind.endpoint());
            return;
        }
        List<String> databases = new ArrayList<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        Map<String, Map<String, String>> privileges = new LinkedHashMap<>();
        for (PlatformLeaf leaf : configuration) {
            List<String> path = leaf.path().subList(2, leaf.path().size());
            if (path.size() == 2 && path.get(0).equals(list)) {
                databases.add(leaf.value());
            } else if (path.size() == 3 && path.get(0).equals("endpoints") && path.get(2).equals(defaultKey)) {
                defaults.put(path.get(1), leaf.value());
            } else if (path.size() == 4 && path.get(0).equals("endpoints") && path.get(2).equals("privileges")) {
                privileges.computeIfAbsent(path.get(1), e -> new LinkedHashMap<>()).put(path.get(3), leaf.value());
            }
        }
        Optional<String> user = privileges.entrySet().stream().filter(e -> e.getValue().keySet().containsAll(databases)
                && e.getValue().values().stream().allMatch("admin"::equals)).map(Map.Entry::getKey).findFirst();
        boolean shaped = !databases.isEmpty() && user.isPresent() && user.get().matches("[A-Za-z_][A-Za-z0-9_]*")
                && defaults.containsKey(user.get()) && databases.contains(defaults.get(user.get()));
        if (shaped) {
            String database = defaults.get(user.get());
            List<String> rest = new ArrayList<>(databases);
            rest.remove(database);
            for (String extra : rest) {
                Map<String, String> own = privileges.get(extra);
                shaped &= own == null || (extra.equals(defaults.get(extra)) && own.equals(Map.of(extra, "admin")));
            }
            shaped &= privileges.keySet().stream().allMatch(e -> e.equals(user.get()) || rest.contains(e));
            shaped &= databases.stream().allMatch(d -> d.matches("[A-Za-z_][A-Za-z0-9_]*"));
            if (shaped) {
                config.put("database", database);
                config.put("user", user.get());
                if (!rest.isEmpty()) {
                    config.put("schemas", DraftList.of(rest));
                }
                p.endpoints.put(name, user.get());
                p.furtherEndpoints.put(name, List.copyOf(rest));
                configuration.forEach(l -> {
                    String top = l.path().get(2);
                    if (top.equals(list) || top.equals("endpoints")) {
                        p.identical(l);
                    } else {
                        p.notCarried(l, PlatformKeys.SERVICE_CONFIGURATION);
                    }
                });
                return;
            }
        }
        p.notCarried(configuration, notImportedYet("databases and endpoints of another shape than Gantry's (one"
                + " admin endpoint for every database, one per further database)"));
    }

    /** Varnish: its VCL by !include, and its relationship to the application behind it. */
    private void varnish(DraftMap config, String name, DraftMap draft) {
        for (PlatformLeaf leaf : under("configuration")) {
            List<String> path = leaf.path().subList(2, leaf.path().size());
            if (path.get(0).equals("vcl") && path.size() == 2 && path.get(1).equals("path")) {
                String vcl = (part.file().contains("/") ? part.file().substring(0, part.file().lastIndexOf('/') + 1)
                        : "") + leaf.value();
                java.util.Optional<String> relative = p.context.relative(java.nio.file.Path.of(vcl));
                if (relative.isEmpty()) {
                    p.notCarried(leaf, "the VCL is outside the folder of environment.yaml");
                    continue;
                }
                config.put("vcl", relative.get());
                p.otherForm(leaf, "Gantry copies " + relative.get() + " to .platform/" + name + ".vcl",
                        name + ".vcl", null);
            } else if (path.get(0).equals("vcl") && path.size() == 2 && path.get(1).equals("type")) {
                p.identical(leaf);
            } else {
                p.notCarried(leaf, PlatformKeys.SERVICE_CONFIGURATION);
            }
        }
        for (PlatformLeaf leaf : under("relationships")) {
            String target = leaf.value().split(":", 2)[0];
            draft.put("in_front_of", Names.of(target));
            if (leaf.path().get(2).equals(target) && leaf.value().equals(target + ":http")) {
                p.identical(leaf);
            } else {
                p.notCarried(leaf, "Gantry names Varnish's relationship after the application (`" + target + ": \""
                        + target + ":http\"`), which the VCL names as its backend");
            }
        }
    }

    private Optional<PlatformLeaf> leaf(String key) {
        return leaves.stream().filter(l -> l.key().equals(key)).findFirst();
    }

    private List<PlatformLeaf> under(String key) {
        return leaves.stream().filter(l -> l.path().get(1).equals(key)).toList();
    }
}
