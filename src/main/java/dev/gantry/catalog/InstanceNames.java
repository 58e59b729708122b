package dev.gantry.catalog;

import dev.gantry.model.Located;
import dev.gantry.model.Service;
import java.util.Locale;

/**
 * The names under which a catalog service's state lives outside the files Gantry writes: the volume
 * its data is kept in and the prefix of the variables its credentials are read from. They default to
 * names made from the service's name ({@code db-data}, {@code DB_PASSWORD}); {@code data_volume} and
 * {@code secrets_prefix} pin them, so that a renamed service keeps its data and its secrets.
 */
public record InstanceNames(String dataVolume, String secretsPrefix) {

    /** The names a service called {@code service} gets when the file pins none. */
    public static InstanceNames defaults(String service) {
        return new InstanceNames(service + "-data", service.replace('-', '_').toUpperCase(Locale.ROOT));
    }

    public static InstanceNames of(Service service) {
        InstanceNames defaults = defaults(service.id());
        return new InstanceNames(service.mounts().dataVolume().map(Located::value).orElse(defaults.dataVolume()),
                service.variables().secretsPrefix().map(Located::value).orElse(defaults.secretsPrefix()));
    }

    /** The variable a secret of the service is read from: prefix `DB`, secret `root_password` -> DB_ROOT_PASSWORD. */
    public String variable(String secret) {
        return secretsPrefix + "_" + secret.toUpperCase(Locale.ROOT);
    }
}
