package dev.gantry.importer.recognize;

import java.util.List;
import java.util.Map;

/**
 * What import knows about the images of catalog kinds beyond the catalog itself: the other names
 * an image reads for the variables the catalog sets ({@code MYSQL_DATABASE} for MariaDB's
 * {@code MARIADB_DATABASE}), and the commands that are the image's own default.
 */
public final class CatalogProfiles {

    private static final Map<String, Map<String, String>> ALIASES = Map.of(
            "mariadb", Map.of("MYSQL_DATABASE", "MARIADB_DATABASE", "MYSQL_USER", "MARIADB_USER",
                    "MYSQL_PASSWORD", "MARIADB_PASSWORD", "MYSQL_ROOT_PASSWORD", "MARIADB_ROOT_PASSWORD"));

    private static final Map<String, List<List<String>>> DEFAULT_COMMANDS = Map.of(
            "redis", List.of(List.of("redis-server")),
            "memcached", List.of(List.of("memcached")),
            "mariadb", List.of(List.of("mariadbd"), List.of("mysqld")),
            "mysql", List.of(List.of("mysqld")),
            "postgresql", List.of(List.of("postgres")),
            "rabbitmq", List.of(List.of("rabbitmq-server")));

    private CatalogProfiles() {
    }

    /** The catalog's name for a variable the image also reads under {@code name}; the name itself otherwise. */
    public static String catalogName(String kind, String name) {
        return ALIASES.getOrDefault(kind, Map.of()).getOrDefault(name, name);
    }

    /** Whether {@code command} is what the kind's image runs anyway. */
    public static boolean isDefaultCommand(String kind, List<String> command) {
        return DEFAULT_COMMANDS.getOrDefault(kind, List.of()).contains(command);
    }
}
