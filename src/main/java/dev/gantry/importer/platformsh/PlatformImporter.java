package dev.gantry.importer.platformsh;

import dev.gantry.importer.ImportContext;
import dev.gantry.importer.draft.DraftMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A Platform.sh or Upsun configuration into one environment of environment.yaml that lists the
 * {@code platformsh} target: its services first (the applications' relationships name their
 * endpoints), then the routes (which application they lead to, through Varnish or not), then the
 * applications and their workers.
 */
public final class PlatformImporter {

    /** The environment's services and its {@code platformsh:} settings; none when no application could be carried. */
    public record Drafts(Map<String, DraftMap> services, DraftMap settings, PlatformImport imported) {

        public boolean rendered() {
            return !settings.isEmpty();
        }
    }

    private PlatformImporter() {
    }

    public static Drafts run(String environment, ImportContext context, PlatformConfig config) {
        PlatformContext p = new PlatformContext(environment, context, config);
        for (PlatformConfig.Part part : config.services().values()) {
            new ServiceImport(p, part).run();
        }
        Optional<String> upstream = new RouteImport(p).run();
        List<String> apps = new ArrayList<>();
        for (PlatformConfig.Part part : config.applications().values()) {
            new AppImport(p, part).run().ifPresent(apps::add);
        }
        if (apps.isEmpty()) {
            String reason = "no application of this configuration could be carried, and Platform.sh runs none"
                    + " without one";
            config.leaves().values().forEach(l -> p.notCarried(l, reason));
            return new Drafts(Map.of(), new DraftMap(), new PlatformImport(environment, config, Map.of()));
        }
        Optional<String> main = upstream.map(u -> p.services.containsKey(u) && p.services.get(u).has("in_front_of")
                ? (String) ((dev.gantry.importer.draft.DraftScalar) p.services.get(u).get("in_front_of").orElseThrow())
                        .value() : u).filter(apps::contains).or(() -> apps.stream().findFirst());
        main.filter(m -> !m.equals("app")).ifPresent(m -> p.settings.put("app", m));
        DraftMap settings = new DraftMap();
        for (String key : List.of("app", "domain", "cache", "apps")) {
            p.settings.get(key).ifPresent(v -> settings.put(key, v));
        }
        return new Drafts(p.services, settings, new PlatformImport(environment, config, Map.copyOf(p.renamed)));
    }
}
