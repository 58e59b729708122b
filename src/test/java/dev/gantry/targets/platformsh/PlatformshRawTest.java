package dev.gantry.targets.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `raw.platformsh` blocks reach the application, its workers, the services and the routes, of
 * Platform.sh and of Upsun alike, and the files still pass the upstream schemas.
 */
class PlatformshRawTest {

    private static final String SERVICES = PlatformshProjects.HEAD + """
            services:
              app:
                image: app
                depends_on: [db, cache]
                env: {DATABASE_URL: {ref: db.url}}
                volumes: [{source: cache, target: /app/var/cache, size: 512MB}]
                raw:
                  platformsh:
                    access: {ssh: admin}
                    firewall: {outbound: [{domains: [api.example.com], ports: [443]}]}
                    runtime: {request_terminate_timeout: 300}
              worker:
                image: app
                command: php bin/console messenger:consume
                raw:
                  platformsh: {commands: {pre_start: "php bin/console cache:warmup"}, timezone: Europe/Paris}
              db: {use: "postgresql:16"}
              cache:
                use: "redis:7.2"
                raw:
                  platformsh: {size: S, configuration: {maxmemory_policy: volatile-lru}}
            """;

    private static final String ENVIRONMENT_RAW = """
                raw:
                  platformsh:
                    applications:
                      app: {preflight: {enabled: true, ignored_rules: [drush]}}
                    services:
                      search: {type: "opensearch:2"}
                    routes:
                      "https://{default}/": {tls: {min_version: TLSv1.3}}
                      "https://api.{default}/": {type: upstream, upstream: "app:http", id: "api"}
            """;

    private static final String PROJECT = SERVICES + PlatformshProjects.PLATFORM + PlatformshProjects.APP
            + ENVIRONMENT_RAW;

    @Test
    void rawKeysReachEveryObjectAndTheFilesPassTheUpstreamSchemas(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        CliRun run = PlatformshProjects.generate(dir, PROJECT);
        JsonNode app = PlatformYaml.read(dir.resolve(".platform.app.yaml")).document();
        JsonNode services = PlatformYaml.read(dir.resolve(".platform/services.yaml")).document();
        JsonNode routes = PlatformYaml.read(dir.resolve(".platform/routes.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), app));
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("services"), services));
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("routes"), routes));
        assertPlatformshRawKeys(app, app.get("workers").get("worker"), services, routes);
        assertFalse(run.err().contains("W111") || run.err().contains("W106"), run.err());

        CliRun upsun = new TempProject(dir).write(PROJECT.replace("targets: [platformsh]", "targets: [upsun]"))
                .run("generate");
        assertEquals(0, upsun.exit(), upsun.err());
        JsonNode config = PlatformYaml.read(dir.resolve(".upsun/config.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.upsunSchema(), config));
        JsonNode upsunApp = config.get("applications").get("app");
        assertPlatformshRawKeys(upsunApp, upsunApp.get("workers").get("worker"), config.get("services"),
                config.get("routes"));
        assertFalse(upsun.err().contains("not carried on Upsun"), "Upsun reads the platformsh blocks: " + upsun.err());
    }

    private static void assertPlatformshRawKeys(JsonNode app, JsonNode worker, JsonNode services, JsonNode routes) {
        assertEquals("{\"ssh\":\"admin\"}", app.get("access").toString());
        assertEquals("[{\"domains\":[\"api.example.com\"],\"ports\":[443]}]",
                app.get("firewall").get("outbound").toString());
        assertEquals(300, app.get("runtime").get("request_terminate_timeout").asInt());
        assertEquals("{\"enabled\":true,\"ignored_rules\":[\"drush\"]}", app.get("preflight").toString());
        assertEquals("php bin/console cache:warmup", worker.get("commands").get("pre_start").asText());
        assertEquals("php bin/console messenger:consume", worker.get("commands").get("start").asText());
        assertEquals("Europe/Paris", worker.get("timezone").asText());
        assertEquals("volatile-lru", services.get("cache").get("configuration").get("maxmemory_policy").asText());
        assertEquals("redis:7.2", services.get("cache").get("type").asText());
        assertEquals("S", services.get("cache").get("size").asText());
        assertEquals("opensearch:2", services.get("search").get("type").asText());
        assertEquals("TLSv1.3", routes.get("https://{default}/").get("tls").get("min_version").asText());
        assertEquals("upstream", routes.get("https://{default}/").get("type").asText());
        assertEquals("{\"type\":\"upstream\",\"upstream\":\"app:http\",\"id\":\"api\"}",
                routes.get("https://api.{default}/").toString());
    }

    @Test
    void rawBlocksMergeThroughExtendsAndOverrides(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        String project = PROJECT + """
                  next:
                    extends: platform
                    targets: [upsun]
                    services:
                      worker:
                        raw: {platformsh: {timezone: UTC}}
                      cache:
                        raw: {platformsh: {size: null}}
                    raw:
                      platformsh:
                        applications:
                          app: {disk: 2048, workers: {worker: {disk: 256, size: S}}}
                        routes:
                          "https://api.{default}/": {id: api-next}
                """;
        CliRun run = PlatformshProjects.generate(dir, project);
        JsonNode config = PlatformYaml.read(dir.resolve(".upsun/config.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.upsunSchema(), config));
        JsonNode worker = config.get("applications").get("app").get("workers").get("worker");
        assertEquals("UTC", worker.get("timezone").asText(), "the override's value");
        assertEquals("php bin/console cache:warmup", worker.get("commands").get("pre_start").asText(),
                "the inherited keys stay");
        JsonNode cache = config.get("services").get("cache");
        assertFalse(cache.has("size"), "null takes back an inherited raw key: " + cache);
        assertEquals("volatile-lru", cache.get("configuration").get("maxmemory_policy").asText());
        JsonNode api = config.get("routes").get("https://api.{default}/");
        assertEquals("{\"type\":\"upstream\",\"upstream\":\"app:http\",\"id\":\"api-next\"}", api.toString());
        assertEquals("TLSv1.3", config.get("routes").get("https://{default}/").get("tls").get("min_version")
                .asText(), "the environment's block of `platform`, inherited");
        assertFalse(config.get("applications").get("app").has("disk"), "Upsun has no disk key");
        assertFalse(worker.has("disk"));
        assertEquals("S", worker.get("size").asText(), "a worker's size is an Upsun key");
        assertTrue(run.err().contains("environment.yaml:64:17: warning[W423]: raw `disk` of an application is not"
                + " carried on Upsun"), run.err());
        assertTrue(run.err().contains("environment.yaml:64:48: warning[W423]: raw `disk` of a worker is not carried"
                + " on Upsun"), run.err());
        JsonNode platformServices = PlatformYaml.read(dir.resolve(".platform/services.yaml")).document();
        assertEquals("S", platformServices.get("cache").get("size").asText(), "`platform` keeps its own");
    }

    @Test
    void mistakesAreReportedAtTheirLines(@TempDir Path dir) {
        String project = PlatformshProjects.HEAD + """
                services:
                  app:
                    image: app
                    raw:
                      platformsh:
                        type: "php:8.2"
                        fire_wall: {}
                        flux_capacitor: {enabled: true}
                  worker:
                    image: app
                    command: php bin/console messenger:consume
                    raw: {platformsh: {disk: 512}}
                """ + PlatformshProjects.PLATFORM + PlatformshProjects.APP + """
                    raw:
                      platformsh:
                        applications:
                          api: {disk: 512}
                        routes:
                          "https://{default}/": {type: redirect, to: "https://example.com/"}
                  local:
                    targets: [compose]
                    raw: {platformsh: {routes: {}}}
                """;
        CliRun validate = new TempProject(dir).write(project).run("validate");
        assertEquals(1, validate.exit(), validate.err());
        assertTrue(validate.err().contains("environment.yaml:20:9: error[E121]: `fire_wall` is not a key of a"
                + " Platform.sh or Upsun application, worker or service"), validate.err());
        assertTrue(validate.err().contains("did you mean `firewall`?"), validate.err());
        assertTrue(validate.err().contains("environment.yaml:21:9: warning[W115]: Gantry does not know"
                + " `flux_capacitor` as a key of a Platform.sh or Upsun application, worker or service"),
                validate.err());

        CliRun run = new TempProject(dir).write(project.replace("        fire_wall: {}\n", "")).run("generate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.err().contains("environment.yaml:19:9: warning[W118]: raw value replaces `type` of"
                + " .platform.app.yaml, which Gantry generates as `php:8.3`"), run.err());
        assertTrue(run.err().contains("environment.yaml:39:34: warning[W118]: raw value replaces"
                + " `https://{default}/.type` of .platform/routes.yaml, which Gantry generates as `upstream`"), run.err());
        assertTrue(run.err().contains("environment.yaml:37:11: warning[W420]: environment `platform` runs no"
                + " application `api` on Platform.sh, so its raw keys go nowhere"), run.err());
        assertTrue(run.err().contains("environment.yaml:42:11: warning[W121]: the raw `platformsh` keys of"
                + " environment `local` go nowhere"), run.err());
    }

    @Test
    void diffNamesTheRawValuesThatChange(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(PROJECT);
        assertEquals(0, project.run("generate").exit());
        CliRun diff = project.write(PROJECT.replace("min_version: TLSv1.3", "min_version: TLSv1.2")
                .replace("size: S,", "size: M,")).run("diff");
        assertTrue(diff.out().contains("  file `.platform/routes.yaml`\n"), diff.out());
        assertTrue(diff.out().contains("    raw `https://{default}/.tls` (line 51:34): `{\"min_version\":\"TLSv1.3\"}`"
                + " -> `{\"min_version\":\"TLSv1.2\"}`\n"), diff.out());
        assertTrue(diff.out().contains("    raw `cache.size` (line 34:20): `\"S\"` -> `\"M\"`\n"), diff.out());
    }
}
