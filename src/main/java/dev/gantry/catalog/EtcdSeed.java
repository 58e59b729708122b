package dev.gantry.catalog;

import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.model.Service;
import dev.gantry.model.ServiceSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What an environment's seed does to its etcd service (seed 003): turn authentication on with the
 * root password (when etcd runs as a container here), and put every key its components declare
 * under {@code etcd:}, stored at {@code /<project>/<service>/<path>}.
 */
public record EtcdSeed(Service etcd, List<Key> keys, List<String> components) {

    public static final String KIND = "etcd";

    /** One key and its value, as etcdctl puts it. */
    public record Key(String key, String value) {
    }

    /** The etcd catalog services an environment runs, in file order. */
    public static List<Service> etcdServices(Environment env) {
        return env.services().values().stream()
                .filter(s -> s.source().value() instanceof ServiceSource.Catalog use && use.kind().equals(KIND))
                .toList();
    }

    /** The services of an environment that declare etcd keys; an external service runs no component here. */
    public static List<Service> components(Environment env) {
        return env.services().values().stream().filter(s -> !s.etcd().isEmpty() && s.placement().external().isEmpty()).toList();
    }

    /**
     * The environment's seed: present when it has exactly one etcd service, and either runs it (its
     * authentication is to be turned on) or has keys to put into it.
     */
    public static Optional<EtcdSeed> of(Project project, Environment env) {
        List<Service> etcd = etcdServices(env);
        List<Service> components = components(env);
        if (etcd.size() != 1 || components.isEmpty() && etcd.get(0).isExternal()) {
            return Optional.empty();
        }
        List<Key> keys = new ArrayList<>();
        for (Service component : components) {
            component.etcd().forEach((path, value) -> keys.add(
                    new Key("/" + project.name() + "/" + component.id() + "/" + path, value.value())));
        }
        return Optional.of(new EtcdSeed(etcd.get(0), keys, components.stream().map(Service::id).toList()));
    }

    /** Whether the seed turns on authentication: it does for an etcd that runs as a container here. */
    public boolean enablesAuthentication() {
        return !etcd.isExternal();
    }

    /** A service that must wait for the seed: a component with keys, or one that logs in to the etcd. */
    public boolean isWaitedForBy(Service service) {
        return components.contains(service.id()) || enablesAuthentication()
                && service.reached().stream().anyMatch(r -> r.value().equals(etcd.id()));
    }

    /** The name of the one-shot compose service that runs the seed script. */
    public String serviceName() {
        return etcd.id() + "-seed";
    }
}
