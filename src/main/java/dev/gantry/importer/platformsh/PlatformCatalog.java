package dev.gantry.importer.platformsh;

import dev.gantry.bind.Fields;
import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.load.BundledYaml;
import dev.gantry.load.YMap;
import java.util.List;
import java.util.Optional;

/**
 * What import reads from the catalog's {@code platformsh:} blocks and from the Platform.sh runtimes
 * Gantry knows: which catalog kind a Platform.sh service type is, and which image an application's
 * runtime corresponds to.
 */
final class PlatformCatalog {

    /** A Platform.sh service type as a catalog kind; {@code persistent} for redis-persistent. */
    record Kind(CatalogEntry entry, String platformType, List<String> offered, String endpoint,
            Optional<String> databases, boolean persistent) {
    }

    private PlatformCatalog() {
    }

    static Optional<Kind> kind(String platformType) {
        for (CatalogEntry entry : Catalog.get().entries()) {
            Optional<YMap> block = entry.extra("platformsh");
            if (block.isEmpty() || Fields.string(block.get(), "unsupported").isPresent()) {
                continue;
            }
            String type = Fields.string(block.get(), "type").orElseThrow();
            Optional<String> persistent = Fields.optionalMap(block.get(), "persistent")
                    .flatMap(p -> Fields.string(p, "type"));
            boolean isPersistent = persistent.filter(platformType::equals).isPresent();
            if (type.equals(platformType) || isPersistent || ("mysql".equals(platformType)
                    && type.equals("mariadb"))) {
                return Optional.of(new Kind(entry, platformType, Fields.strings(block.get(), "versions"),
                        Fields.string(block.get(), "endpoint").orElseThrow(),
                        Fields.optionalMap(block.get(), "databases").flatMap(d -> Fields.string(d, "list")),
                        isPersistent));
            }
        }
        return Optional.empty();
    }

    /** The official image of a Platform.sh runtime ({@code php:8.3} is {@code php:8.3-fpm}), when Gantry knows the runtime. */
    static Optional<String> image(String runtime, String version) {
        YMap runtimes = BundledYaml.load("platformsh-runtimes.yaml");
        Optional<YMap> block = Fields.optionalMap(runtimes, runtime);
        if (block.isEmpty() || !Fields.strings(block.get(), "versions").contains(version)) {
            return Optional.empty();
        }
        String image = Fields.strings(block.get(), "images").get(0);
        return Optional.of(image + ":" + version + (runtime.equals("php") ? "-fpm" : ""));
    }

    /** The versions Gantry knows Platform.sh offers for a runtime. */
    static List<String> runtimeVersions(String runtime) {
        return Fields.optionalMap(BundledYaml.load("platformsh-runtimes.yaml"), runtime)
                .map(b -> Fields.strings(b, "versions")).orElse(List.of());
    }
}
