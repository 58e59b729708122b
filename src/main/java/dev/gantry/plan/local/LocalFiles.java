package dev.gantry.plan.local;

import dev.gantry.catalog.CatalogEntry;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.model.Environment;
import dev.gantry.model.Service;
import java.util.Optional;

/**
 * Where the files that local containers mount live, relative to the project folder: catalog
 * services' configuration files (the user's own when {@code config.<key>} names one, else one Gantry
 * generates under {@code docker/<env>/<service>/}) and the etcd seed script.
 */
public final class LocalFiles {

    public static final String FOLDER = "docker";

    private LocalFiles() {
    }

    /** The user's own file for {@code file}, when the service's {@code config} names one. */
    public static Optional<String> own(Optional<Service> service, CatalogEntry.ConfigFile file) {
        return service.flatMap(s -> s.config().text(file.key()));
    }

    public static String configFile(Environment env, String service, CatalogEntry.ConfigFile file,
            Optional<Service> declared) {
        return own(declared, file).orElse(FOLDER + "/" + env.id() + "/" + service + "/" + file.name());
    }

    public static String etcdSeed(Environment env, EtcdSeed seed) {
        return FOLDER + "/" + env.id() + "/" + seed.etcd().id() + "/seed.sh";
    }
}
