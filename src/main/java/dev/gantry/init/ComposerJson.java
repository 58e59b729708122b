package dev.gantry.init;

import dev.gantry.render.Doc;
import dev.gantry.render.JsonWriter;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The composer.json of a plain PHP project: the PHP version and the extensions its services need
 * (the minimal preset: nothing to download, so `composer install` only writes the autoloader), and
 * for the complete preset the libraries that talk to the services it adds, with tools for checks.
 */
public final class ComposerJson {

    private static final Map<String, String> DATABASE_EXTENSIONS = Map.of("mariadb", "ext-pdo_mysql",
            "mysql", "ext-pdo_mysql", "postgresql", "ext-pdo_pgsql", "mongodb", "ext-mongodb");

    private ComposerJson() {
    }

    public static String of(InitChoices c) {
        Doc.Mapping json = new Doc.Mapping().text("name", c.name() + "/app")
                .text("description", "The " + c.name() + " application").text("type", "project")
                .text("license", "proprietary").put("require", texts(require(c)));
        if (c.complete()) {
            json.put("require-dev", texts(Map.of("phpstan/phpstan", "^2.0", "phpunit/phpunit", "^10.5 || ^11.0")))
                    .put("scripts", texts(Map.of("lint", "phpstan analyse --level=5 src public bin")));
        }
        json.put("autoload", new Doc.Mapping().put("psr-4", texts(Map.of("App\\", "src/"))))
                .put("config", new Doc.Mapping().put("sort-packages", new Doc.Plain("true")));
        return JsonWriter.writeComposer(json);
    }

    private static Map<String, String> require(InitChoices c) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("php", ">=" + c.php());
        if (c.cache().equals("redis") || c.cache().equals("memcached")) {
            out.put("ext-" + c.cache(), "*");
        }
        out.put("ext-intl", "*");
        if (!c.db().equals("mongodb")) {
            out.put("ext-pdo", "*");
        }
        out.put(DATABASE_EXTENSIONS.get(c.db()), "*");
        if (c.complete()) {
            if (c.storage().equals("s3")) {
                out.put("aws/aws-sdk-php", "^3.300");
            }
            if (c.db().equals("mongodb")) {
                out.put("mongodb/mongodb", "^1.20");
            }
            out.put("monolog/monolog", "^3.0");
            out.put("symfony/mailer", "^6.4 || ^7.0");
        }
        return out;
    }

    /** In Composer's sort-packages order: php, the extensions, then the rest, each by name. */
    private static Doc.Mapping texts(Map<String, String> values) {
        Doc.Mapping out = new Doc.Mapping();
        values.keySet().stream().sorted(Comparator.comparing(ComposerJson::sortKey))
                .forEach(name -> out.text(name, values.get(name)));
        return out;
    }

    private static String sortKey(String name) {
        return (name.equals("php") ? "0-" : name.startsWith("ext-") ? "1-" : "2-") + name;
    }
}
