package dev.gantry.lint;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
import dev.gantry.model.EnvValue;
import dev.gantry.model.Located;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSet;
import dev.gantry.model.ServiceSource;
import dev.gantry.util.Similarity;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Catalog services must name a kind and version the catalog has; their settings must apply to the
 * kind; HTTP caches must say what they are in front of; `{ref: service.field}` must name a detail
 * the service exposes.
 */
final class CatalogReferences implements LintRule {

    private static final List<String> PLAIN_FIELDS = List.of("host", "port");

    @Override
    public void check(Project project, Diagnostics diagnostics) {
        Catalog catalog = Catalog.get();
        for (ServiceSet set : project.serviceSets()) {
            for (Service service : set.services().values()) {
                Optional<CatalogEntry> entry = entryOf(service, catalog, diagnostics);
                checkFront(service, entry, diagnostics);
                checkSettings(service, entry, diagnostics);
                for (Map.Entry<String, Located<EnvValue>> e : service.variables().env().entrySet()) {
                    if (e.getValue().value() instanceof EnvValue.Ref ref) {
                        checkRef(ref, e.getValue(), set, catalog, diagnostics);
                    }
                }
            }
        }
    }

    private static Optional<CatalogEntry> entryOf(Service service, Catalog catalog, Diagnostics diagnostics) {
        if (!(service.source().value() instanceof ServiceSource.Catalog use)) {
            return Optional.empty();
        }
        Optional<CatalogEntry> entry = catalog.entry(use.kind());
        if (entry.isEmpty()) {
            diagnostics.report(Problem.UNKNOWN_CATALOG_KIND, service.source().at(), use.kind(),
                    Similarity.didYouMean(use.kind(), catalog.kinds(), "kinds"));
            return Optional.empty();
        }
        if (!entry.get().supports(use.version())) {
            List<String> lines = entry.get().versions().lines();
            if (entry.get().retired(use.version())) {
                diagnostics.report(Problem.RETIRED_VERSION, service.source().at(), use.kind(), use.version(),
                        String.join(", ", lines));
                return entry;
            }
            String newest = lines.get(lines.size() - 1);
            if (entry.get().versions().full()) {
                diagnostics.report(Problem.CATALOG_VERSION_NOT_FULL, service.source().at(), use.kind(), use.version(),
                        newest + ".0", String.join(", ", lines));
            } else {
                diagnostics.report(Problem.UNSUPPORTED_CATALOG_VERSION, service.source().at(), use.kind(),
                        use.version(), newest + ".1", String.join(", ", lines));
            }
        }
        return entry;
    }

    private static void checkFront(Service service, Optional<CatalogEntry> entry, Diagnostics diagnostics) {
        boolean cache = entry.map(CatalogEntry::inFront).orElse(false);
        if (cache && service.placement().inFrontOf().isEmpty()) {
            diagnostics.report(Problem.CACHE_FRONTS_NOTHING, service.source().at(), service.id());
        }
        if (!cache && service.placement().inFrontOf().isPresent()) {
            diagnostics.report(Problem.FRONT_OF_NON_CACHE, service.placement().inFrontOf().get().at(), service.id());
        }
    }

    private static void checkSettings(Service service, Optional<CatalogEntry> entry, Diagnostics diagnostics) {
        if (service.config().isEmpty()) {
            return;
        }
        if (entry.isEmpty()) {
            if (!(service.source().value() instanceof ServiceSource.Catalog)) {
                diagnostics.report(Problem.CONFIG_OF_OWN_IMAGE, service.config().at(), service.id());
            }
            return;
        }
        List<String> allowed = entry.get().settingNames();
        service.config().settings().forEach((key, e) -> {
            if (allowed.isEmpty()) {
                diagnostics.report(Problem.CONFIG_OF_KIND_WITHOUT_SETTINGS, e.keyAt(), key, entry.get().kind());
            } else if (!allowed.contains(key)) {
                diagnostics.report(Problem.CONFIG_KEY_NOT_APPLICABLE, e.keyAt(), key, entry.get().kind(),
                        String.join(", ", allowed));
            }
        });
    }

    private static void checkRef(EnvValue.Ref ref, Located<EnvValue> at, ServiceSet set, Catalog catalog,
            Diagnostics diagnostics) {
        Service target = set.services().get(ref.service());
        if (target == null) {
            return; // ServiceReferences reports it
        }
        List<String> fields = target.source().value() instanceof ServiceSource.Catalog use
                ? catalog.entry(use.kind()).map(e -> List.copyOf(e.connection().keySet())).orElse(List.of())
                : PLAIN_FIELDS;
        if (!fields.isEmpty() && !fields.contains(ref.field())) {
            diagnostics.report(Problem.REF_TO_UNKNOWN_FIELD, at.at(), ref.service(), ref.field(),
                    Similarity.closest(ref.field(), fields).map(s -> "did you mean `" + ref.service() + "." + s + "`?")
                            .orElse("it exposes: " + String.join(", ", fields)));
        }
    }
}
