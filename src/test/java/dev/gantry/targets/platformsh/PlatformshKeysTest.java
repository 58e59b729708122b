package dev.gantry.targets.platformsh;

import static dev.gantry.targets.platformsh.PlatformshProjects.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The keys real Platform.sh projects need beyond the basics, each read back as PyYAML reads it and
 * checked against Platform.sh's own schemas.
 */
class PlatformshKeysTest {

    private static final String PROJECT = PlatformshProjects.HEAD;
    private static final String PLATFORM = PlatformshProjects.PLATFORM;
    private static final String APP = PlatformshProjects.APP;

    @Test
    void routesTakeEveryKeyOfTheRoutesSchema(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                services:
                  app: {image: app}
                  admin: {image: app, command: php -S 0.0.0.0:8080}
                """ + PLATFORM + """
                      domain: example.com
                      www_redirect: false
                      route:
                        id: main
                        ssi: true
                        tls:
                          min_version: TLSv1.2
                          client_authentication: require
                          strict_transport_security: {enabled: true, preload: true}
                        redirects: {expires: 1d, paths: {/old: {to: /new, code: 301, regexp: false}}}
                        attributes: {site: shop}
                      routes:
                        "https://admin.{default}/": {upstream: admin, id: admin, primary: true, cache: {cookies: []}}
                        "http://old.example.com/": {to: "https://example.com/", id: old}
                """ + APP + "        admin: {}\n");
        JsonNode routes = PlatformYaml.read(dir.resolve(".platform/routes.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("routes"), routes));
        assertEquals(List.of("https://example.com/", "https://admin.{default}/", "http://old.example.com/"),
                names(routes), "no www. redirect; the user's routes after the generated one");
        JsonNode main = routes.get("https://example.com/");
        assertEquals("{\"type\":\"upstream\",\"id\":\"main\",\"upstream\":\"app:http\",\"cache\":{\"enabled\":true},"
                + "\"ssi\":{\"enabled\":true},\"tls\":{\"strict_transport_security\":{\"enabled\":true,\"preload\":true},"
                + "\"min_version\":\"TLSv1.2\",\"client_authentication\":\"require\"},\"redirects\":{\"expires\":\"1d\","
                + "\"paths\":{\"/old\":{\"to\":\"/new\",\"regexp\":false,\"code\":301}}},\"attributes\":{\"site\":\"shop\"}}",
                main.toString(), "a user's primary route takes `primary` from the generated one");
        assertEquals("{\"type\":\"upstream\",\"primary\":true,\"id\":\"admin\",\"upstream\":\"admin:http\","
                + "\"cache\":{\"enabled\":true,\"cookies\":[]}}", routes.get("https://admin.{default}/").toString(),
                "no cookie in the cache key is not Platform.sh's default, every cookie");
        assertEquals("{\"type\":\"redirect\",\"id\":\"old\",\"to\":\"https://example.com/\"}",
                routes.get("http://old.example.com/").toString());
    }

    @Test
    void workersHaveTheirOwnSizesAndMountsAndShareTheAppsVolumesThroughNetworkStorage(@TempDir Path dir)
            throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                services:
                  app:
                    image: app
                    volumes:
                      - {source: media, target: /app/public/media, size: 2GB, source_path: public/media}
                      - {source: cache, target: /app/var/cache, size: 512MB}
                  consumer:
                    image: app
                    command: php bin/console messenger:consume
                    volumes:
                      - {source: media, target: /app/public/media, size: 2GB, source_path: public/media}
                      - {source: consumer-var, target: /app/var, size: 256MB}
                """ + PLATFORM + """
                      storage_service: files
                """ + APP + """
                          size: M
                          resources: {base_memory: 64, memory_ratio: 128}
                          workers:
                            consumer:
                              disk: 1GB
                              size: S
                              resources: {memory_ratio: 256}
                              pre_start: php bin/console cache:warmup
                """);
        JsonNode app = PlatformYaml.read(dir.resolve(".platform.app.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), app));
        assertEquals(512, app.get("disk").asInt(), "a shared volume is not on the app's own disk");
        assertEquals("M", app.get("size").asText());
        assertEquals("{\"base_memory\":64,\"memory_ratio\":128}", app.get("resources").toString());
        assertEquals("{\"public/media\":{\"source\":\"service\",\"service\":\"files\",\"source_path\":\"public/media\"},"
                + "\"var/cache\":{\"source\":\"local\",\"source_path\":\"cache\"}}", app.get("mounts").toString());
        JsonNode consumer = app.get("workers").get("consumer");
        assertEquals("{\"pre_start\":\"php bin/console cache:warmup\",\"start\":\"php bin/console messenger:consume\"}",
                consumer.get("commands").toString());
        assertEquals(1024, consumer.get("disk").asInt());
        assertEquals("S", consumer.get("size").asText());
        assertEquals("{\"memory_ratio\":256}", consumer.get("resources").toString());
        assertEquals("{\"public/media\":{\"source\":\"service\",\"service\":\"files\",\"source_path\":\"public/media\"},"
                + "\"var\":{\"source\":\"local\",\"source_path\":\"consumer-var\"}}", consumer.get("mounts").toString());
        JsonNode services = PlatformYaml.read(dir.resolve(".platform/services.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("services"), services));
        assertEquals("{\"type\":\"network-storage:2.0\",\"disk\":2048}", services.get("files").toString(),
                "network storage as large as the volumes shared on it");
    }

    @Test
    void redisAndSolrConfigurationReachServicesYaml(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        Files.createDirectories(dir.resolve(".platform/configsets/solr9"));
        Files.createDirectories(dir.resolve(".platform/cores/legacy"));
        generate(dir, PROJECT + """
                services:
                  app: {image: app, env: {SOLR_URL: {ref: search.url}, REDIS_URL: {ref: cache.url}}}
                  cache:
                    use: redis:7.2
                    platformsh: {maxmemory_policy: volatile-lru}
                  search:
                    use: solr:9.6
                    config: {core: collection1}
                    platformsh:
                      configsets: {mainconfig: .platform/configsets/solr9}
                      cores:
                        collection1: {core_properties: {configSet: mainconfig, schema: schema.xml}}
                        legacy: {conf_dir: .platform/cores/legacy}
                      endpoints:
                        main: {core: collection1}
                        old: {core: legacy}
                """ + PLATFORM + APP + """
                          relationships: {legacy: "search:old"}
                """);
        PlatformYaml.Read services = PlatformYaml.read(dir.resolve(".platform/services.yaml"));
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("services"), services.document()));
        assertEquals("{\"maxmemory_policy\":\"volatile-lru\"}",
                services.document().get("cache").get("configuration").toString());
        assertEquals("{\"configsets\":{\"mainconfig\":\"configsets/solr9\"},\"cores\":{\"collection1\":"
                + "{\"core_properties\":\"configSet=mainconfig\\nschema=schema.xml\\n\"},\"legacy\":{\"conf_dir\":"
                + "\"cores/legacy\"}},\"endpoints\":{\"main\":{\"core\":\"collection1\"},\"old\":{\"core\":\"legacy\"}}}",
                services.document().get("search").get("configuration").toString());
        assertEquals("[{\"tag\":\"!archive\",\"value\":\"configsets/solr9\"},"
                + "{\"tag\":\"!archive\",\"value\":\"cores/legacy\"}]", services.tags().toString());
        JsonNode app = PlatformYaml.read(dir.resolve(".platform.app.yaml")).document();
        assertEquals("{\"legacy\":\"search:old\",\"search\":\"search:main\",\"cache\":\"cache:redis\"}",
                app.get("relationships").toString(), "a reference reaches Solr at its first endpoint");
        assertTrue(Files.readString(dir.resolve("app/.environment")).contains("gantry_relationship 'search' 'path'"));
    }

    @Test
    void theProjectsOwnEnvironmentLinesFollowTheExports(@TempDir Path dir) throws Exception {
        generate(dir, PROJECT + """
                services:
                  app: {image: app, depends_on: [db], env: {DATABASE_URL: {ref: db.url}}}
                  db: {use: "mariadb:10.11"}
                """ + PLATFORM + APP + """
                          environment: |
                            # the project's own
                            TRUSTED_HOSTS="^$(printf '%s' "$PLATFORM_ROUTES" | base64 -d | jq -r 'keys[0]')$"
                            export TRUSTED_HOSTS
                """);
        Path script = dir.resolve("app/.environment");
        String text = Files.readString(script);
        assertTrue(text.indexOf("export DATABASE_URL=") < text.indexOf("TRUSTED_HOSTS="), text);
        assertTrue(text.endsWith("# The project's own lines, from platformsh.apps.app.environment in"
                + " environment.yaml:\n# the project's own\nTRUSTED_HOSTS=\"^$(printf '%s' \"$PLATFORM_ROUTES\""
                + " | base64 -d | jq -r 'keys[0]')$\"\nexport TRUSTED_HOSTS\n"), text);
        PlatformshConformanceTest.assertSourceable(script);
    }

    @Test
    void withNothingToExportThereIsNoEnvironmentFile(@TempDir Path dir) {
        generate(dir, PROJECT + "services:\n  app: {image: app, env: {APP_ENV: prod}}\n" + PLATFORM + APP);
        assertFalse(Files.exists(dir.resolve("app/.environment")), "a file of the project's may stand there");
    }

    @Test
    void sourceOperationsAndTheListFormForOneApplication(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + "services:\n  app: {image: app}\n" + PLATFORM + """
                      applications_file: true
                """ + APP + """
                          source_operations:
                            auto-update: composer update && git commit -am "Update"
                """);
        assertFalse(Files.exists(dir.resolve(".platform.app.yaml")));
        JsonNode apps = PlatformYaml.read(dir.resolve(".platform/applications.yaml")).document();
        assertEquals(1, apps.size());
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), apps.get(0)));
        assertEquals("{\"root\":\"app\",\"operations\":{\"auto-update\":{\"command\":"
                + "\"composer update && git commit -am \\\"Update\\\"\"}}}", apps.get(0).get("source").toString());
    }

    @Test
    void versionsPastTheirEndOfLifeAreWarningsThatNameTheSupportedOnes(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        CliRun run = generate(dir, PROJECT.replace("php:8.3-fpm-bookworm", "php:7.3-fpm") + """
                services:
                  app: {image: app, depends_on: [cache, sessions]}
                  cache: {use: "redis:5.0"}
                  sessions: {use: "redis:6.0"}
                """ + PLATFORM + APP);
        assertTrue(run.err().contains("warning[W424]: php 7.3 (image `app` starts from `php:7.3-fpm`) is past its"
                + " end of life on Platform.sh\n  hint: Platform.sh offers php 8.1, 8.2, 8.3, 8.4"), run.err());
        assertTrue(run.err().contains("warning[W112]: redis `6.0` is past its end of life"), run.err());
        assertEquals("php:7.3", PlatformYaml.read(dir.resolve(".platform.app.yaml")).document().get("type").asText());
        JsonNode services = PlatformYaml.read(dir.resolve(".platform/services.yaml")).document();
        assertEquals("redis:5.0", services.get("cache").get("type").asText());
        assertEquals("redis:6.0", services.get("sessions").get("type").asText());
    }

    @Test
    void validateReportsPlatformShsProblemsBesideTheCatalogsAtOnce(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write(PROJECT + """
                services:
                  app: {image: app, depends_on: [cache]}
                  cache: {use: "redis:4.0"}
                  web: {image: "nginx:1.27.3"}
                """ + PLATFORM + APP + """
                          crons:
                            often: {spec: "* * * * *", command: php bin/console cron}
                """).run("validate");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("error[E044]: redis `4.0` is not a version the catalog supports"), run.err());
        assertTrue(run.err().contains("error[E414]: Platform.sh runs no containers from published images"), run.err());
        assertTrue(run.err().contains("error[E436]: cron `often` of application `app` runs every minute"), run.err());
    }

    private static List<String> names(JsonNode object) {
        List<String> out = new java.util.ArrayList<>();
        object.fieldNames().forEachRemaining(out::add);
        return out;
    }

    /**
     * A relationship named after a service that leads to another (`db: cache`) is E437; a reference to the
     * service it names (`{ref: db.url}`) then has no relationship of its own, which planning went on to
     * use (a NullPointerException, exit 70).
     */
    @Test
    void aReferenceWhoseRelationshipLeadsElsewhereIsOneErrorNotACrash(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop, registry: registry.example.com/acme}
                images:
                  app: {from: "php:8.3-fpm-bookworm"}
                services:
                  app:
                    image: app
                    env:
                      DATABASE_URL: {ref: db.url}
                  db: {use: "mariadb:10.11"}
                  cache: {use: "redis:7.2"}
                environments:
                  platform:
                    kind: prod
                    targets: [platformsh]
                    platformsh:
                      app: app
                      apps:
                        app:
                          relationships: {db: cache}
                          web: {locations: {"/": {root: public, passthru: /index.php}}}
                """).run("validate");
        assertEquals(1, run.exit(), run.err());
        assertFalse(run.hasStackTrace(), run.err());
        assertTrue(run.err().contains("error[E437]"), run.err());
    }
}
