package dev.gantry.targets.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a task definition means, for the settings whose meaning compose and ECS must share. */
class EcsMeaningTest {

    private static final String HEAD = """
            gantry: 1
            project: {name: shop, registry: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme}
            images:
              app:
                from: php:8.3-fpm
                healthcheck: {test: [php-fpm-healthcheck]}
            """;

    private static final String PROD = """
            environments:
              prod:
                targets: [ecs]
                ecs:
                  region: eu-central-1
                  account: "123456789012"
                  cpu: 1
                  memory: 2GB
                  execution_role: shop-prod-execution
                  tag: "2026.11.1"
            """;

    /** A string command is split into arguments, as compose splits it: no shell runs it. */
    @Test
    void aStringCommandIsSplitIntoArguments(@TempDir Path dir) throws Exception {
        Map<String, JsonNode> containers = containers(dir, HEAD + """
                services:
                  app:
                    image: app
                    command: php-fpm --nodaemonize "--fpm-config=/usr/local/etc/php-fpm.conf"
                  proxy:
                    image: traefik:3.1.2
                    command: --api.insecure=true --providers.ecs
                    ecs: {task: app}
                """ + PROD);
        assertEquals(List.of("php-fpm", "--nodaemonize", "--fpm-config=/usr/local/etc/php-fpm.conf"),
                strings(containers.get("app").get("command")));
        assertEquals(List.of("--api.insecure=true", "--providers.ecs"), strings(containers.get("proxy").get("command")));
    }

    /** A shell runs when asked for; a one-shot is waited for until it succeeded, and may exit. */
    @Test
    void aOneShotInTheTaskIsWaitedForUntilItSucceeded(@TempDir Path dir) throws Exception {
        Map<String, JsonNode> containers = containers(dir, HEAD + """
                services:
                  app:
                    image: app
                    depends_on:
                      migrate: {condition: service_completed_successfully}
                  migrate:
                    image: app
                    command: {shell: "php bin/console doctrine:migrations:migrate -n && php bin/console cache:warmup"}
                    ecs: {task: app}
                  proxy:
                    image: traefik:3.1.2
                    depends_on:
                      app: {condition: service_healthy}
                    ecs: {task: app}
                """ + PROD);
        assertEquals(List.of("/bin/sh", "-c",
                "php bin/console doctrine:migrations:migrate -n && php bin/console cache:warmup"),
                strings(containers.get("migrate").get("command")));
        assertEquals("migrate:SUCCESS", dependency(containers.get("app")));
        assertEquals("app:HEALTHY", dependency(containers.get("proxy")));
        assertEquals(false, containers.get("migrate").get("essential").asBoolean());
    }

    private static Map<String, JsonNode> containers(Path dir, String yaml) throws Exception {
        CliRun run = new TempProject(dir).write(yaml).run("generate");
        assertEquals(0, run.exit(), run.err());
        Map<String, JsonNode> containers = new HashMap<>();
        new ObjectMapper().readTree(dir.resolve("deploy/ecs/prod/app.task-definition.json").toFile())
                .get("containerDefinitions").forEach(c -> containers.put(c.get("name").asText(), c));
        return containers;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new java.util.ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    private static String dependency(JsonNode container) {
        JsonNode first = container.get("dependsOn").get(0);
        return first.get("containerName").asText() + ":" + first.get("condition").asText();
    }
}
