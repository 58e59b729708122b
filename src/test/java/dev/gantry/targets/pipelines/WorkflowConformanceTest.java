package dev.gantry.targets.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.HostileStrings;
import dev.gantry.util.GantryVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every generated workflow is accepted by GitHub's own workflow parser (@actions/workflow-parser,
 * including its conversion to the workflow model) and by actionlint, and every value from
 * environment.yaml reaches GitHub as exactly that value, `${{` included.
 */
class WorkflowConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void examplesAreAccepted() throws Exception {
        List<Path> files = Workflows.examples();
        assertFalse(files.isEmpty(), "an example has workflows");
        assertAccepted(Workflows.check(files));
    }

    @Test
    void everyFeatureIsAccepted(@TempDir Path dir) throws Exception {
        List<Path> files = Workflows.generate(dir, Workflows.FEATURES);
        assertEquals(List.of("base-image.yml", "branch.yml", "main.yml"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        Map<String, JsonNode> report = Workflows.check(files);
        assertAccepted(report);
        Set<String> values = values(report);
        for (String expected : List.of("https://example.com/gantry.jar?v=1&x=${{1}}",
                "echo '${{ secrets.NOT_ME }}'", "it's ${{ ok }}", "http://127.0.0.1:8080/health?full=1&x='$y'",
                "http://127.0.0.1:8443/", "Production EU", "trunk", "conf/php?fpm.ini", "tools/**")) {
            assertTrue(values.contains(expected), expected + " in " + values);
        }
    }

    /** Without `pipelines.gantry`, branch.yml sets Gantry up with Gantry's own action, at the release that wrote it. */
    @Test
    void branchSetsGantryUpWithItsActionAtThisRelease(@TempDir Path dir) throws Exception {
        List<Path> files = Workflows.generate(dir, """
                gantry: 1
                project: {name: shop}
                services:
                  web: {image: "nginx:1.27.3", ports: ["8080:80"]}
                pipelines: {}
                environments:
                  staging:
                    targets: [compose, pipelines]
                    pipelines: {smoke: [{service: web, path: /}]}
                """);
        Path branch = dir.resolve(PipelinesTarget.WORKFLOWS + "branch.yml");
        assertTrue(files.contains(branch), files.toString());
        assertAccepted(Workflows.check(files));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> steps = (List<Map<String, Object>>) ((Map<String, Object>) ((Map<String, Object>)
                ((Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(branch)))
                        .get("jobs")).get("generated")).get("steps");
        String version = GantryVersion.current();
        assertEquals(Map.of("name", "Set up Gantry", "uses", GantryVersion.repository() + "@v" + version,
                "with", Map.of("version", version)), steps.get(1));
        assertEquals("gantry generate --check --error-format github -f \"$ENVIRONMENT_FILE\"", steps.get(2).get("run"));
        assertEquals(3, steps.size(), steps.toString());
    }

    @Test
    void hostileValuesReachGitHubExactly(@TempDir Path dir) throws Exception {
        List<String> hostile = new ArrayList<>(HostileStrings.FIXED);
        hostile.addAll(HostileStrings.random(20261122L, 150));
        hostile.addAll(List.of("${{", "${{ github.token }}", "$${{x}}", "${{ '${{' }}", "}}${{"));
        hostile.removeIf(String::isEmpty);
        List<String> singleLine = hostile.stream().filter(v -> !v.matches("(?s).*[\\n\\r\\u0000].*")).toList();
        // environment.yaml as JSON, which YAML 1.2 reads as is: the input holds exactly these strings.
        ObjectNode root = JSON.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "hostile").put("registry", "registry.example.com/acme");
        root.putObject("images").putObject("base").put("from", "debian:bookworm-slim");
        root.putObject("services").putObject("web").put("image", "nginx:1.27.3").putArray("ports").add("8080:80");
        ObjectNode pipelines = root.putObject("pipelines");
        pipelines.putObject("gantry").put("jar_url", "https://example.com/g.jar").put("jar_sha256", "c".repeat(64));
        pipelines.putObject("registry_login").put("username_secret", "U").put("password_secret", "P");
        pipelines.putArray("base_images").add("base");
        hostile.forEach(pipelines.putArray("lint")::add);
        hostile.forEach(pipelines.putArray("base_checks")::add);
        ObjectNode staging = root.putObject("environments").putObject("staging");
        staging.putArray("targets").add("compose").add("pipelines");
        ArrayNode smoke = staging.putObject("pipelines").putArray("smoke");
        singleLine.forEach(v -> smoke.addObject().put("service", "web").put("contains", v));
        // Raw blocks of a workflow and of an environment's job: values written as every value is.
        ObjectNode rawJob = pipelines.putObject("raw").putObject("branch").putObject("jobs").putObject("generated")
                .putObject("env");
        ObjectNode rawSmoke = staging.putObject("raw").putObject("pipelines").putObject("smoke").putObject("env");
        for (int i = 0; i < hostile.size(); i++) {
            rawJob.put("RAW_" + i, "raw " + hostile.get(i));
            rawSmoke.put("RAW_" + i, "smoke " + hostile.get(i));
        }
        Map<String, JsonNode> report = Workflows.check(Workflows.generate(dir, JSON.writeValueAsString(root)));
        assertAccepted(report);
        Set<String> values = values(report);
        for (String value : hostile) {
            assertTrue(values.contains(value), "lost: " + JSON.writeValueAsString(value));
            assertTrue(values.contains("raw " + value), "lost (raw): " + JSON.writeValueAsString(value));
            assertTrue(values.contains("smoke " + value), "lost (raw, job): " + JSON.writeValueAsString(value));
        }
    }

    private static void assertAccepted(Map<String, JsonNode> report) {
        Map<String, List<String>> problems = new TreeMap<>();
        report.forEach((file, r) -> r.path("problems").forEach(p -> problems
                .computeIfAbsent(file, k -> new ArrayList<>()).add(p.asText())));
        assertEquals(Map.of(), problems);
    }

    private static Set<String> values(Map<String, JsonNode> report) {
        Set<String> values = new HashSet<>();
        report.values().forEach(r -> r.path("values").forEach(v -> values.add(v.asText())));
        return values;
    }
}
