package dev.gantry.lint;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
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
            diagnostics.error(Code.UNKNOWN_CATALOG, service.source().at(),
                    "`" + use.kind() + "` is not in the service catalog",
                    Similarity.didYouMean(use.kind(), catalog.kinds(), "kinds"));
            return Optional.empty();
        }
        if (!entry.get().supports(use.version())) {
            List<String> lines = entry.get().versions().lines();
            String versions = String.join(", ", lines);
            if (entry.get().retired(use.version())) {
                diagnostics.warning(Code.RETIRED_VERSION, service.source().at(), use.kind() + " `" + use.version()
                        + "` is past its end of life", "supported versions: " + versions);
                return entry;
            }
            diagnostics.error(Code.UNSUPPORTED_VERSION, service.source().at(),
                    use.kind() + " `" + use.version() + "` is not a version the catalog supports",
                    (entry.get().versions().full() ? "give a full version of one of these lines, e.g. `"
                            + lines.get(lines.size() - 1) + ".0`: "
                            : "supported versions (a patch may follow, e.g. `"
                            + lines.get(lines.size() - 1) + ".1`): ")
                            + versions);
        }
        return entry;
    }

    private static void checkFront(Service service, Optional<CatalogEntry> entry, Diagnostics diagnostics) {
        boolean cache = entry.map(CatalogEntry::inFront).orElse(false);
        if (cache && service.placement().inFrontOf().isEmpty()) {
            diagnostics.error(Code.SERVICE_KIND, service.source().at(),
                    "the HTTP cache `" + service.id() + "` does not say which service it is in front of",
                    "add `in_front_of: <service>`, e.g. the web server");
        }
        if (!cache && service.placement().inFrontOf().isPresent()) {
            diagnostics.error(Code.SERVICE_KIND, service.placement().inFrontOf().get().at(),
                    "`in_front_of` applies to HTTP caches only, and `" + service.id() + "` is not one",
                    "use `use: varnish:<version>` or `use: disk-cache:<version>` for an HTTP cache");
        }
    }

    private static void checkSettings(Service service, Optional<CatalogEntry> entry, Diagnostics diagnostics) {
        if (service.config().isEmpty()) {
            return;
        }
        if (entry.isEmpty()) {
            if (!(service.source().value() instanceof ServiceSource.Catalog)) {
                diagnostics.warning(Code.DROPPED_FIELD, service.config().at(),
                        "`config` of `" + service.id() + "` is ignored: it applies to catalog services only",
                        "remove it, or make the service a catalog service with `use:`");
            }
            return;
        }
        List<String> allowed = entry.get().settingNames();
        service.config().settings().forEach((key, e) -> {
            if (!allowed.contains(key)) {
                diagnostics.warning(Code.DROPPED_FIELD, e.keyAt(),
                        "`config." + key + "` does not apply to " + entry.get().kind() + " and is ignored",
                        allowed.isEmpty() ? entry.get().kind() + " takes no settings"
                                : "settings of " + entry.get().kind() + ": " + String.join(", ", allowed));
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
            diagnostics.error(Code.UNKNOWN_REFERENCE, at.at(),
                    "service `" + ref.service() + "` exposes no `" + ref.field() + "`",
                    Similarity.closest(ref.field(), fields).map(s -> "did you mean `" + ref.service() + "." + s + "`?")
                            .orElse("it exposes: " + String.join(", ", fields)));
        }
    }
}
