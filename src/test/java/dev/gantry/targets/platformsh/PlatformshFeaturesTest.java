package dev.gantry.targets.platformsh;

import static dev.gantry.targets.platformsh.PlatformshProjects.generate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Platform.sh files say for the shapes of project users have, read back as PyYAML reads them. */
class PlatformshFeaturesTest {

    private static final String PROJECT = PlatformshProjects.HEAD;
    private static final String PLATFORM = PlatformshProjects.PLATFORM;
    private static final String APP = PlatformshProjects.APP;

    @Test
    void varnishInFrontTakesTheRoutesAndTheRouterCacheIsOff(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                services:
                  app: {image: app}
                  varnish: {use: "varnish:7.6", in_front_of: app, ports: ["80:80"]}
                """ + PLATFORM + """
                      cache: {default_ttl: 60}
                """ + APP);
        JsonNode routes = PlatformYaml.read(dir.resolve(".platform/routes.yaml")).document();
        JsonNode primary = routes.get("https://{default}/");
        assertEquals("upstream", primary.get("type").asText());
        assertEquals("varnish:http", primary.get("upstream").asText());
        assertFalse(primary.get("cache").get("enabled").asBoolean(), "Varnish caches; the router must not");
        assertEquals("https://{default}/", routes.get("https://www.{default}/").get("to").asText());

        PlatformYaml.Read services = PlatformYaml.read(dir.resolve(".platform/services.yaml"));
        JsonNode varnish = services.document().get("varnish");
        assertEquals("varnish:7.6", varnish.get("type").asText());
        assertEquals("app:http", varnish.get("relationships").get("app").asText());
        assertEquals(1, services.tags().size());
        assertEquals("!include", services.tags().get(0).get("tag").asText());
        assertEquals("{\"type\":\"string\",\"path\":\"varnish.vcl\"}", services.tags().get(0).get("value").toString());
        String vcl = Files.readString(dir.resolve(".platform/varnish.vcl"));
        assertTrue(vcl.contains("set req.backend_hint = app.backend();"), vcl);
        assertFalse(Pattern.compile("(?m)^\\s*(vcl \\d|backend )").matcher(vcl).find(),
                "Platform.sh writes these itself:\n" + vcl);
    }

    /** Settings read from .env are Platform.sh variables there: a default in the app, another name exported. */
    @Test
    void settingsFromDotEnvAreVariablesOnPlatformsh(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                services:
                  app:
                    image: app
                    env:
                      APP_ENV: {from_env: APP_ENV, default: prod}
                      API_URL: {from_env: BACKEND_URL, default: "https://api.example.com/v1"}
                """ + PLATFORM + APP);
        Path file = dir.resolve(".platform.app.yaml");
        assertEquals("prod", PlatformYaml.read(file).document().get("variables").get("env").get("APP_ENV").asText());
        String header = Files.readString(file);
        assertTrue(header.contains("--name env:APP_ENV --value '...'"), header);
        assertTrue(header.contains("--name env:BACKEND_URL --value '...'"), header);
        Processes.Result exported = Processes.run(dir.resolve("app"), java.util.Map.of(), null,
                List.of("bash", "-c", "source .environment && printf '%s' \"$API_URL\""));
        assertEquals("https://api.example.com/v1", exported.out(), exported.output());
        Processes.Result overridden = Processes.run(dir.resolve("app"), java.util.Map.of("BACKEND_URL", "http://b"),
                null, List.of("bash", "-c", "source .environment && printf '%s' \"$API_URL\""));
        assertEquals("http://b", overridden.out(), overridden.output());
    }

    @Test
    void withoutACacheTheRoutesLeadToTheAppWithTheRouterCache(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                services:
                  app: {image: app}
                """ + PLATFORM + """
                      domain: www.example.com
                      cache: {default_ttl: 60, cookies: [SESSID]}
                """ + APP);
        JsonNode routes = PlatformYaml.read(dir.resolve(".platform/routes.yaml")).document();
        JsonNode primary = routes.get("https://www.example.com/");
        assertEquals("app:http", primary.get("upstream").asText());
        assertTrue(primary.get("primary").asBoolean());
        assertEquals("{\"enabled\":true,\"default_ttl\":60,\"cookies\":[\"SESSID\"]}", primary.get("cache").toString());
        assertEquals("https://www.example.com/", routes.get("https://example.com/").get("to").asText());
        assertFalse(Files.exists(dir.resolve(".platform/varnish.vcl")));
    }

    @Test
    void severalAppsGoToApplicationsYamlAndWorkersJoinTheirApp(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                  admin:
                    from: node:20-bookworm-slim
                    stages: [{name: code, workdir: /admin, run: [echo built]}]
                services:
                  app: {image: app, depends_on: [admin], env: {DATABASE_URL: {ref: db.url}}}
                  consumer:
                    image: app
                    command: [php, bin/console, messenger:consume, "async jobs"]
                    depends_on: [db]
                  admin: {image: admin, command: node server.js}
                  db: {use: "postgresql:16", config: {schemas: [reports]}}
                """ + PLATFORM + APP + """
                          relationships: {reports: "db:reports"}
                        admin: {root: admin}
                """);
        assertFalse(Files.exists(dir.resolve(".platform.app.yaml")));
        JsonNode apps = PlatformYaml.read(dir.resolve(".platform/applications.yaml")).document();
        assertEquals(2, apps.size());
        for (JsonNode app : apps) {
            assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), app), app.toString());
        }
        JsonNode app = apps.get(0);
        assertEquals("app", app.get("name").asText());
        assertEquals("{\"reports\":\"db:reports\",\"admin\":\"admin:http\",\"db\":\"db:app\"}",
                app.get("relationships").toString(), "a relationship to another endpoint does not serve references");
        assertTrue(Files.readString(dir.resolve("app/.environment")).contains("gantry_relationship 'db' 'host'"));
        JsonNode consumer = app.get("workers").get("consumer");
        assertEquals("php bin/console messenger:consume 'async jobs'", consumer.get("commands").get("start").asText());
        assertEquals("{\"reports\":\"db:reports\",\"db\":\"db:app\"}", consumer.get("relationships").toString(),
                "a worker that reaches less than its app says so");
        JsonNode admin = apps.get(1);
        assertEquals("nodejs:20", admin.get("type").asText());
        assertEquals("node server.js", admin.get("web").get("commands").get("start").asText());
        assertEquals("admin", admin.get("source").get("root").asText());
        assertFalse(Files.exists(dir.resolve("admin/.environment")), "an app root with nothing to export has none");
        assertTrue(Files.isRegularFile(dir.resolve("app/.environment")));

        JsonNode db = PlatformYaml.read(dir.resolve(".platform/services.yaml")).document().get("db");
        assertEquals("postgresql:16", db.get("type").asText());
        assertEquals("[\"app\",\"reports\"]", db.get("configuration").get("databases").toString());
        assertEquals("{\"default_database\":\"app\",\"privileges\":{\"app\":\"admin\",\"reports\":\"admin\"}}",
                db.get("configuration").get("endpoints").get("app").toString());
    }

    @Test
    void nfsStorageIsNetworkStorageThatTheAppMounts(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        generate(dir, PROJECT + """
                storage: {kind: nfs, mount: /app/files}
                services:
                  app:
                    image: app
                    volumes: [{source: cache, target: /app/var/cache, size: 512MB}]
                  cache: {use: "redis:7.2", config: {persistent: true, disk: 1GB}}
                """ + PLATFORM + """
                      storage_disk: 5GB
                """ + APP);
        JsonNode app = PlatformYaml.read(dir.resolve(".platform.app.yaml")).document();
        assertEquals(512, app.get("disk").asInt(), "the app's disk is the sum of its volumes' sizes");
        assertEquals("{\"var/cache\":{\"source\":\"local\",\"source_path\":\"cache\"},"
                + "\"files\":{\"source\":\"service\",\"service\":\"storage\",\"source_path\":\"storage\"}}",
                app.get("mounts").toString());
        JsonNode services = PlatformYaml.read(dir.resolve(".platform/services.yaml")).document();
        assertEquals("{\"type\":\"network-storage:2.0\",\"disk\":5120}", services.get("storage").toString());
        assertEquals("{\"type\":\"redis-persistent:7.2\",\"disk\":1024}", services.get("cache").toString());
    }

    @Test
    void aVclOfTheUsersIsCopiedWhereServicesYamlIncludesIt(@TempDir Path dir) throws Exception {
        String own = "sub vcl_recv {\n    set req.backend_hint = app.backend();\n}\n";
        Files.writeString(dir.resolve("platform.vcl"), own);
        generate(dir, PROJECT + """
                services:
                  app: {image: app}
                  proxy: {use: "varnish:6.0", in_front_of: app, config: {vcl: platform.vcl}}
                """ + PLATFORM + APP);
        String copy = Files.readString(dir.resolve(".platform/proxy.vcl"));
        assertTrue(copy.startsWith("# Copied by Gantry from platform.vcl"), copy);
        assertTrue(copy.endsWith(own), copy);
    }

    @Test
    void theSchemaCheckRejectsWhatPlatformShWould() throws Exception {
        PlatformYaml.requirePyYaml();
        JsonNode app = PlatformYaml.read(Path.of("examples/shopware/.platform.app.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), app));
        ((ObjectNode) app).put("image", "php:8.3");
        ((ObjectNode) app).remove("type");
        assertFalse(PlatformYaml.errors(PlatformYaml.schema("application"), app).isEmpty());
    }
}
