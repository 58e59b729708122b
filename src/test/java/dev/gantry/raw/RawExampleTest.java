package dev.gantry.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The laravel example uses raw at every level of every target it has: each raw key reaches its
 * artifact, at its place, with its type. (ExamplesTest keeps the files current; the conformance tests
 * run them through docker-compose, the AWS CLI, GitHub's parser and actionlint, and shellcheck.)
 */
class RawExampleTest {

    private static final Path EXAMPLE = Path.of("examples", "laravel");
    private static final ObjectMapper JSON = new ObjectMapper();

    @SuppressWarnings("unchecked")
    private static Map<String, Object> yaml(String file) throws IOException {
        return (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(Files.readString(EXAMPLE.resolve(file)));
    }

    @SuppressWarnings("unchecked")
    private static Object at(Map<String, Object> root, String... keys) {
        Object node = root;
        for (String key : keys) {
            node = ((Map<String, Object>) node).get(key);
        }
        return node;
    }

    private static JsonNode container(JsonNode task, String name) {
        for (JsonNode c : task.path("containerDefinitions")) {
            if (c.path("name").asText().equals(name)) {
                return c;
            }
        }
        throw new AssertionError("no container " + name);
    }

    @Test
    void composeServicesAndFile() throws IOException {
        Map<String, Object> dev = yaml("docker-compose.dev.yml");
        assertEquals(true, at(dev, "services", "app", "init"));
        assertEquals("SIGQUIT", at(dev, "services", "app", "stop_signal"));
        assertEquals("30s", at(dev, "services", "app", "stop_grace_period"));
        assertEquals(List.of("/tmp"), at(dev, "services", "app", "tmpfs"));
        assertEquals("120s", at(dev, "services", "worker", "stop_grace_period"));
        assertEquals("3", at(dev, "services", "web", "logging", "options", "max-file"));
        assertEquals("256m", at(dev, "services", "db", "shm_size"));
        assertEquals(Map.of("dev.desk.purpose", "database"), at(dev, "volumes", "db-data", "labels"));
        Map<String, Object> staging = yaml("docker-compose.staging.yml");
        assertEquals("60s", at(staging, "services", "app", "stop_grace_period"), "the environment's override");
        assertEquals(null, at(staging, "volumes", "db-data", "labels"), "dev's file-level block stays in dev");
    }

    @Test
    void ecsContainersAndTaskDefinitions() throws IOException {
        JsonNode app = JSON.readTree(EXAMPLE.resolve("deploy/ecs/prod/app.task-definition.json").toFile());
        JsonNode worker = JSON.readTree(EXAMPLE.resolve("deploy/ecs/prod/worker.task-definition.json").toFile());
        assertEquals(30, container(app, "app").path("stopTimeout").asInt());
        assertTrue(container(app, "app").path("linuxParameters").path("initProcessEnabled").asBoolean());
        assertFalse(container(app, "web").has("stopTimeout"), "a sidecar has its own container keys");
        assertEquals(120, container(worker, "worker").path("stopTimeout").asInt());
        for (JsonNode task : List.of(app, worker)) {
            assertEquals("team", task.path("tags").path(0).path("key").asText(), "the environment's task keys");
        }
        assertEquals(50, worker.path("ephemeralStorage").path("sizeInGiB").asInt());
        assertFalse(app.has("ephemeralStorage"), "the worker's task keys stay in its task");
    }

    @Test
    void workflowsAndTheirJobs() throws IOException {
        assertEquals(30, at(yaml(".github/workflows/branch.yml"), "jobs", "build", "timeout-minutes"));
        Map<String, Object> main = yaml(".github/workflows/main.yml");
        assertEquals(Map.of("group", "main", "cancel-in-progress", false), main.get("concurrency"));
        assertEquals(15, at(main, "jobs", "smoke-staging", "timeout-minutes"));
        assertEquals(20, at(main, "jobs", "deploy-prod", "timeout-minutes"));
    }

    @Test
    void dockerfileLinesWhereTheyGo() throws IOException {
        List<String> lines = Files.readAllLines(EXAMPLE.resolve("Dockerfile"));
        int from = lines.indexOf("FROM php:8.3.14-fpm-bookworm AS base-os");
        assertEquals("SHELL [\"/bin/bash\", \"-o\", \"pipefail\", \"-c\"]", lines.get(from + 1), "before the RUN");
        int copy = lines.indexOf("COPY --chown=www-data:www-data [\"app/\", \"/var/www/desk/\"]");
        assertTrue(lines.get(copy + 1).startsWith("RUN --mount=type=cache,target=/root/.composer/cache "));
        assertEquals("VOLUME /var/www/desk/storage", lines.get(copy + 2), "after the RUN");
        int app = lines.indexOf("FROM app-code AS app");
        assertEquals("STOPSIGNAL SIGQUIT", lines.subList(app, lines.size()).stream()
                .filter(l -> !l.isBlank()).reduce((a, b) -> b).orElseThrow(), "the end of the image");
        assertTrue(Files.readString(EXAMPLE.resolve(".docker/app/Dockerfile.stage0"))
                .endsWith("\nVOLUME /var/www/desk/storage\n"), "a stage's lines in its stage file too");
    }

    @Test
    void dockerMachineFlags() throws IOException {
        String script = Files.readString(EXAMPLE.resolve("deploy/docker-machine/staging/deploy.sh"));
        assertTrue(script.contains("""
                  --amazonec2-use-ebs-optimized-instance
                  --amazonec2-metadata-token 'required'
                  --engine-opt 'log-driver=local'
                """), script);
    }
}
