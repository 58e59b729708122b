package dev.gantry.targets.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values reach Platform.sh as exactly the strings they are (read back with PyYAML, a YAML 1.1
 * reader), and the `.environment` script gives the app the same variables the compose files give
 * it, from Platform.sh's PLATFORM_RELATIONSHIPS, under POSIX sh and bash alike.
 */
class PlatformshRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void hostileStringsSurviveAsVariablesCommandsAndHooks(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        List<String> values = new ArrayList<>(HostileStrings.FIXED);
        values.addAll(HostileStrings.random(20261122L, 300));
        ObjectNode root = JSON.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "roundtrip");
        ObjectNode image = root.putObject("images").putObject("app");
        image.put("from", "php:8.3-cli");
        image.putArray("stages").addObject().put("name", "code").put("workdir", "/app").putArray("run").add("true");
        ObjectNode app = root.putObject("services").putObject("app");
        app.put("image", "app");
        ObjectNode env = app.putObject("env");
        ObjectNode platformsh = root.putObject("environments").putObject("platform");
        platformsh.putArray("targets").add("platformsh");
        ObjectNode settings = platformsh.putObject("platformsh").putObject("apps").putObject("app");
        settings.putObject("web").putObject("locations").putObject("/").put("root", "public");
        ObjectNode php = settings.putObject("php");
        ObjectNode crons = settings.putObject("crons");
        List<String> commands = values.stream().filter(v -> !v.isEmpty()).toList();
        for (int i = 0; i < values.size(); i++) {
            env.put("V" + i, values.get(i));
            php.put("v" + i, values.get(i));
        }
        for (int i = 0; i < commands.size(); i++) {
            crons.putObject("c" + i).put("spec", "*/5 * * * *").put("command", commands.get(i));
        }
        settings.putObject("hooks").put("build", String.join("\n", commands));
        // Descriptions become comments: nothing in them may end the comment for a YAML 1.1 reader.
        String description = String.join(" ", values.stream().filter(v -> !v.matches("(?s).*[\n\r\u0000].*"))
                .toList()) + "\u2028injected: true\u0085also: true";
        app.put("description", description);
        ObjectNode worker = ((ObjectNode) root.get("services")).putObject("worker");
        worker.put("image", "app").put("command", "true").put("description", description);
        ((ObjectNode) root.get("services")).putObject("db").put("use", "mariadb:10.11").put("description", description);
        ((ObjectNode) root.get("environments")).putObject("dev").put("description", description).putArray("targets")
                .add("compose");
        // The same values through raw blocks, as values and as keys: written as every value is.
        ObjectNode rawVariables = worker.putObject("raw").putObject("platformsh").putObject("variables")
                .putObject("env");
        ObjectNode rawAttributes = platformsh.putObject("raw").putObject("platformsh").putObject("routes")
                .putObject("https://{default}/").putObject("attributes");
        for (int i = 0; i < values.size(); i++) {
            rawVariables.put("k" + i + values.get(i), values.get(i));
            rawAttributes.put("a" + i, values.get(i));
        }
        Files.writeString(dir.resolve("environment.yaml"), JSON.writeValueAsString(root));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());

        JsonNode read = PlatformYaml.read(dir.resolve(".platform.app.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("application"), read));
        for (int i = 0; i < values.size(); i++) {
            String what = "value " + i + " " + JSON.writeValueAsString(values.get(i));
            assertEquals(values.get(i), read.at("/variables/env/V" + i).asText(null), what);
            assertEquals(values.get(i), read.at("/variables/php/v" + i).asText(null), what);
        }
        for (int i = 0; i < commands.size(); i++) {
            assertEquals(commands.get(i), read.at("/crons/c" + i + "/commands/start").asText(null), "command " + i);
        }
        assertEquals(String.join("\n", commands), read.at("/hooks/build").asText());
        assertEquals(List.of("commands", "variables"), names(read.at("/workers/worker")));
        JsonNode routes = PlatformYaml.read(dir.resolve(".platform/routes.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.schema("routes"), routes));
        JsonNode rawEnv = read.at("/workers/worker/variables/env");
        JsonNode attributes = routes.get("https://{default}/").get("attributes");
        for (int i = 0; i < values.size(); i++) {
            String what = "raw value " + i + " " + JSON.writeValueAsString(values.get(i));
            assertEquals(values.get(i), rawEnv.path("k" + i + values.get(i)).asText(null), what);
            assertEquals(values.get(i), attributes.path("a" + i).asText(null), what);
        }
        assertEquals(List.of("type", "disk", "configuration"),
                names(PlatformYaml.read(dir.resolve(".platform/services.yaml")).document().get("db")));
        JsonNode compose = PlatformYaml.read(dir.resolve("docker-compose.dev.yml")).document();
        assertEquals(List.of("services", "volumes"), names(compose));
        assertEquals(List.of("image", "build", "command"), names(compose.at("/services/worker")));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }

    private static final String PARITY = PlatformshProjects.HEAD + """
            services:
              app:
                image: app
                env:
                  DATABASE_URL: {ref: db.url}
                  DATABASE_USER: {ref: db.user}
                  REDIS_URL: {ref: cache.url}
                  SEARCH_URL: {ref: search.url}
                  QUEUE_URL: {ref: queue.url}
                  KERNEL_SECRET: {secret: APP_SECRET}
              db: {use: "mariadb:10.11", config: {database: shop, user: shop}}
              cache: {use: "redis:7.2"}
              search: {use: "opensearch:2.19.1"}
              queue: {use: "rabbitmq:4.0", config: {user: guest}}
            """ + PlatformshProjects.PLATFORM + PlatformshProjects.APP + "  dev:\n    targets: [compose]\n";

    /** What Platform.sh would give the app: each relationship's host `<name>.internal` and its credentials. */
    private static String relationships(String password, boolean withCache) throws Exception {
        ObjectNode rels = JSON.createObjectNode();
        endpoint(rels, "db", 3306, "mysql").put("username", "shop").put("password", password).put("path", "shop");
        if (withCache) {
            endpoint(rels, "cache", 6379, "redis");
        }
        endpoint(rels, "search", 9200, "http");
        endpoint(rels, "queue", 5672, "amqp").put("username", "guest").put("password", password);
        return Base64.getEncoder().encodeToString(JSON.writeValueAsBytes(rels));
    }

    private static ObjectNode endpoint(ObjectNode rels, String name, int port, String scheme) {
        ArrayNode endpoints = rels.putArray(name);
        return endpoints.addObject().put("host", name + ".internal").put("port", port).put("scheme", scheme)
                .putNull("path");
    }

    @Test
    void theEnvironmentScriptGivesTheVariablesTheComposeFilesGive(@TempDir Path dir) throws Exception {
        Tools.require("jq");
        PlatformYaml.requirePyYaml();
        CliRun run = new TempProject(dir).write(PARITY).run("generate");
        assertEquals(0, run.exit(), run.err());
        JsonNode compose = PlatformYaml.read(dir.resolve("docker-compose.dev.yml")).document()
                .at("/services/app/environment");
        String password = "pa ss'\"$`(x)\\";
        Map<String, String> expected = new LinkedHashMap<>();
        for (String name : List.of("DATABASE_URL", "DATABASE_USER", "REDIS_URL", "SEARCH_URL", "QUEUE_URL")) {
            expected.put(name, compose.get(name).asText()
                    .replaceAll("\\$\\{[A-Z_]+_PASSWORD:\\?[^}]*}", Matcher.quoteReplacement(password))
                    .replaceAll("@(db|queue):", "@$1.internal:").replaceAll("//(cache|search):", "//$1.internal:"));
        }
        expected.put("KERNEL_SECRET", "s3cret");
        for (String shell : List.of("sh", "bash")) {
            Tools.require(shell);
            assertEquals(expected, exports(dir, shell, relationships(password, true)), shell);
            Map<String, String> withoutCache = new LinkedHashMap<>(expected);
            withoutCache.put("REDIS_URL", "<unset>");
            assertEquals(withoutCache, exports(dir, shell, relationships(password, false)),
                    shell + ": a container without the relationship gets no variable from it");
        }
    }

    private static Map<String, String> exports(Path dir, String shell, String relationships) throws Exception {
        String script = ". ./app/.environment && for v in DATABASE_URL DATABASE_USER REDIS_URL SEARCH_URL QUEUE_URL"
                + " KERNEL_SECRET; do eval \"printf '%s=%s\\\\n' \\\"\\$v\\\" \\\"\\${$v-<unset>}\\\"\"; done";
        Processes.Result result = Processes.run(dir, Map.of("PLATFORM_RELATIONSHIPS", relationships,
                "APP_SECRET", "s3cret"), null, List.of(shell, "-c", script));
        assertEquals(0, result.exit(), result.output());
        Map<String, String> out = new LinkedHashMap<>();
        for (String line : result.output().split("\n")) {
            int eq = line.indexOf('=');
            out.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return out;
    }
}
