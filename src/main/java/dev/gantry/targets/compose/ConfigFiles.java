package dev.gantry.targets.compose;

import dev.gantry.bind.Fields;
import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.Connections;
import dev.gantry.model.Environment;
import dev.gantry.model.Port;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Configuration files of catalog services (Varnish's VCL, the disk cache's nginx config): the
 * user's own file when {@code config.<key>} names one, else one Gantry generates under
 * {@code docker/<env>/<service>/}.
 */
final class ConfigFiles {

    static final String FOLDER = "docker";

    private ConfigFiles() {
    }

    /** The file's path relative to the project folder. */
    static String path(Environment env, String service, CatalogEntry.ConfigFile file, List<Service> declared) {
        Optional<String> own = declared.stream().findFirst().flatMap(s -> Fields.string(s.config(), file.key()));
        return own.orElse(FOLDER + "/" + env.id() + "/" + service + "/" + file.name());
    }

    /** Plans for the files Gantry generates in this environment. */
    static List<ArtifactPlan> plans(Project project, Environment env, Connections connections) {
        List<ArtifactPlan> plans = new ArrayList<>();
        for (Service service : env.services().values()) {
            if (service.external().isPresent()) {
                continue;
            }
            connections.instance(service).ifPresent(instance -> instance.entry().configFile().ifPresent(file -> {
                if (Fields.string(service.config(), file.key()).isPresent()) {
                    return;
                }
                Service backend = service.inFrontOf().map(f -> env.services().get(f.value())).orElse(null);
                int port = backend == null ? 80 : backend.ports().stream().findFirst().map(Port::target).orElse(80);
                plans.add(new ArtifactPlan(path(env, service.id(), file, List.of(service)), file.template(),
                        Map.of("project", project, "environment", env.id(), "service", service.id(),
                                "backendHost", backend == null ? "" : backend.id(), "backendPort", port,
                                "cacheMiB", instance.setting("memory").orElse("256")),
                        ArtifactFormat.TEXT, "service " + service.id() + " of environment " + env.id()));
            }));
        }
        return plans;
    }
}
