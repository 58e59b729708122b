package dev.gantry.plan.platform;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.ServiceType;
import dev.gantry.diag.Problem;
import dev.gantry.model.Environment;
import dev.gantry.model.ImageSource;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import dev.gantry.model.platformsh.PlatformshSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decides what each service of the rendered environment becomes on Platform.sh, and reports what
 * Platform.sh cannot run: a catalog kind it has no service for, a version it does not offer, a
 * published image, a service built from the project's images that is neither an application nor a
 * worker of one.
 */
final class Placements {

    private final Environment env;
    private final PlatformshSettings settings;
    private final Problems problems;

    Placements(Environment env, PlatformshSettings settings, Problems problems) {
        this.env = env;
        this.settings = settings;
        this.problems = problems;
    }

    Map<String, Placement> place() {
        Map<String, Placement> out = new LinkedHashMap<>();
        for (Service service : env.services().values()) {
            out.put(service.id(), place(service));
        }
        return out;
    }

    private boolean isApp(String service) {
        return service.equals(settings.app().value()) || settings.apps().containsKey(service);
    }

    private Placement place(Service service) {
        if (service.placement().external().isPresent()) {
            return Placement.of(Placement.Role.EXTERNAL);
        }
        if (service.source().value() instanceof ServiceSource.Catalog use) {
            return catalogService(service, use);
        }
        Optional<String> image = service.builtImage();
        if (image.isEmpty()) {
            String reference = ((ImageSource.Published) ((ServiceSource.Image) service.source().value()).source())
                    .reference().toString();
            problems.report(Problem.PLATFORM_PUBLISHED_IMAGE, service.source().at(), problems.title(), service.id(),
                    reference, env.id(), removal(service.id()));
            return Placement.of(Placement.Role.DROPPED);
        }
        if (isApp(service.id())) {
            return Placement.of(Placement.Role.APP);
        }
        Optional<String> app = env.services().values().stream()
                .filter(s -> isApp(s.id()) && s.builtImage().equals(image) && service.process().command().isPresent())
                .map(Service::id).findFirst();
        if (app.isPresent()) {
            return Placement.worker(app.get());
        }
        problems.report(Problem.PLATFORM_NO_PLACE, service.name().at(), service.id(), image.get(), problems.title(),
                env.id(), removal(service.id()));
        return Placement.of(Placement.Role.DROPPED);
    }

    private Placement catalogService(Service service, ServiceSource.Catalog use) {
        Optional<CatalogEntry> known = Catalog.get().entry(use.kind());
        if (known.isEmpty() || !(known.get().supports(use.version()) || known.get().retired(use.version()))) {
            return Placement.of(Placement.Role.DROPPED); // lint reported the kind or version
        }
        CatalogEntry entry = known.get();
        ServiceType type = entry.platformsh();
        if (type.unsupported().isPresent()) {
            problems.report(Problem.PLATFORM_KIND_UNSUPPORTED, service.source().at(), problems.title(), service.id(),
                    use.kind(), env.id(), type.unsupported().get(), removal(service.id()));
            return Placement.of(Placement.Role.DROPPED);
        }
        if (type.line(use.version()).isEmpty() && type.retiredLine(use.version()).isPresent()) {
            problems.report(Problem.PLATFORM_SERVICE_VERSION_RETIRED, service.source().at(), use.kind(), use.version(),
                    service.id(), problems.title(), type.type(), String.join(", ", type.versions()));
        } else if (type.line(use.version()).isEmpty()) {
            String newest = newestOffered(entry, type) + (entry.versions().full() ? ".<patch>" : "");
            problems.report(Problem.PLATFORM_SERVICE_VERSION, service.source().at(), problems.title(), use.kind(),
                    use.version(), service.id(), env.id(), type.type(), String.join(", ", type.versions()), newest);
            return Placement.of(Placement.Role.DROPPED);
        }
        return Placement.service(type);
    }

    /** The newest version line of the catalog that Platform.sh offers too (every kind it runs has one). */
    static String newestOffered(CatalogEntry entry, ServiceType type) {
        List<String> lines = entry.versions().lines();
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (type.line(lines.get(i)).isPresent()) {
                return lines.get(i);
            }
        }
        throw new IllegalStateException("Platform.sh offers no version of " + entry.kind() + " the catalog has");
    }

    private String removal(String service) {
        return "`services: {" + service + ": null}` under `environments." + env.id() + "`";
    }
}
