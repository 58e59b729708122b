package dev.gantry.plan.platform;

import dev.gantry.catalog.Catalog;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.ServiceType;
import dev.gantry.diag.Code;
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
            problems.error(Code.TARGET_UNSUPPORTED, service.source().at(),
                    problems.title() + " runs no containers from published images: service `" + service.id() + "` ("
                            + reference + ") cannot run in environment `" + env.id() + "`",
                    problems.title() + "'s own web server serves the applications (`platformsh.apps.<app>.web`), and "
                            + "catalog services (`use:`) cover databases, caches and search; remove it there with "
                            + removal(service.id()));
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
        problems.error(Code.TARGET_CONFIG, service.name().at(),
                "service `" + service.id() + "` (image `" + image.get() + "`) has no place on " + problems.title()
                        + " in environment `" + env.id() + "`: it is no application, and no worker of one",
                "list it under `platformsh.apps` to run it as an application; give it a `command` to run it as a "
                        + "worker of the application built from the same image; or remove it there with "
                        + removal(service.id()));
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
            problems.error(Code.TARGET_UNSUPPORTED, service.source().at(),
                    problems.title() + " cannot run service `" + service.id() + "` (" + use.kind()
                            + "), which environment `" + env.id() + "` includes",
                    type.unsupported().get() + "; remove it there with " + removal(service.id()));
            return Placement.of(Placement.Role.DROPPED);
        }
        String offered = problems.title() + " offers " + type.type() + " " + String.join(", ", type.versions());
        if (type.line(use.version()).isEmpty() && type.retiredLine(use.version()).isPresent()) {
            problems.retired(service.source().at(), use.kind() + " " + use.version() + " (service `" + service.id()
                    + "`) is past its end of life on " + problems.title(), offered);
        } else if (type.line(use.version()).isEmpty()) {
            String newest = newestOffered(entry, type) + (entry.versions().full() ? ".<patch>" : "");
            problems.error(Code.UNSUPPORTED_VERSION, service.source().at(),
                    problems.title() + " does not offer " + use.kind() + " " + use.version() + " (service `"
                            + service.id() + "` in environment `" + env.id() + "`)",
                    offered + "; choose one for this environment, e.g. `services: {" + service.id() + ": {use: \""
                            + use.kind() + ":" + newest + "\"}}`");
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
