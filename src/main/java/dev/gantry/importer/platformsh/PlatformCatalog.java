package dev.gantry.importer.platformsh;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.Runtimes;
import dev.gantry.catalog.ServiceType;
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
            ServiceType block = entry.platformsh();
            if (block.unsupported().isPresent()) {
                continue;
            }
            String type = block.type();
            boolean isPersistent = block.disk().persistent().map(ServiceType.Persistent::type)
                    .filter(platformType::equals).isPresent();
            if (type.equals(platformType) || isPersistent || ("mysql".equals(platformType)
                    && type.equals("mariadb"))) {
                return Optional.of(new Kind(entry, platformType, block.versions(), block.endpoint(),
                        block.databases().map(ServiceType.Databases::list), isPersistent));
            }
        }
        return Optional.empty();
    }

    /**
     * The official image of a Platform.sh runtime ({@code php:8.3} is {@code php:8.3-fpm}), when Gantry
     * knows the runtime, at a version Platform.sh offers or one past its end of life it still runs.
     */
    static Optional<String> image(String runtime, String version) {
        return Runtimes.get().runtime(runtime).filter(r -> r.versions().contains(version) || retired(runtime, version))
                .map(r -> r.images().get(0) + ":" + version + (runtime.equals("php") ? "-fpm" : ""));
    }

    /** A runtime version past its end of life, which Gantry accepts with a warning (W112). */
    static boolean retired(String runtime, String version) {
        return Runtimes.get().runtime(runtime).filter(r -> r.retired().contains(version)).isPresent();
    }

    /** The versions Gantry knows Platform.sh offers for a runtime. */
    static List<String> runtimeVersions(String runtime) {
        return Runtimes.get().runtime(runtime).map(Runtimes.Runtime::versions).orElse(List.of());
    }
}
