package dev.gantry.targets.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The shell of the generated workflows: shellcheck-clean as GitHub runs it (bash -eo pipefail),
 * and the deploy steps, run with bash and jq against a fake AWS CLI, register this commit's images
 * and roll each service out with its strategy.
 */
class WorkflowScriptsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void everyRunScriptPassesShellcheck(@TempDir Path dir) throws Exception {
        Tools.require("shellcheck");
        List<Path> files = new ArrayList<>(Workflows.examples());
        files.addAll(Workflows.generate(dir, Workflows.FEATURES));
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            for (Map<String, Object> step : steps(file)) {
                // Scripts with an expression are the user's own lint and test commands.
                if (step.get("run") instanceof String run && !run.contains("${{")) {
                    String script = "#!/usr/bin/env bash\nset -eo pipefail\n" + run;
                    Processes.Result result = Processes.run(dir, Map.of(), script,
                            List.of("shellcheck", "--shell=bash", "--severity=style", "-"));
                    if (result.exit() != 0) {
                        problems.add(file + " / " + step.get("name") + ":\n" + result.output());
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void deployRegistersThisCommitsImagesAndRollsEachServiceOut(@TempDir Path dir) throws Exception {
        Tools.require("jq");
        Path project = Files.createDirectories(dir.resolve("project"));
        Workflows.generate(project, Workflows.FEATURES);
        Path definitions = Files.createDirectories(project.resolve("deploy/ecs/prod"));
        String repository = "registry.example.com:5000/acme/shop";
        Files.writeString(definitions.resolve("app.task-definition.json"), """
                {"family": "shop-prod-app", "containerDefinitions": [
                  {"name": "app", "image": "%1$s:app-0.0.0", "portMappings": [{"containerPort": 9000}]},
                  {"name": "sidecar", "image": "%1$s:app-dev-0.0.0"},
                  {"name": "proxy", "image": "nginx:1.27.3"}]}""".formatted(repository));
        Files.writeString(definitions.resolve("web.task-definition.json"), """
                {"family": "shop-prod-web", "containerDefinitions": [
                  {"name": "web", "image": "nginx:1.27.3", "portMappings": [{"containerPort": 80}, {"containerPort": 443}]}]}""");
        FakeBin fakes = new FakeBin(dir, "aws");
        Map<String, Object> job = job(project.resolve(".github/workflows/main.yml"), "deploy-prod");
        Map<String, String> env = new HashMap<>(fakes.env());
        env.put("REPOSITORY", repository);
        env.put("IMAGE_TAG", "abc123");
        env.put("RUNNER_TEMP", Files.createDirectories(dir.resolve("runner-temp")).toString());
        env.putAll(strings(job.get("env")));
        for (Map<String, Object> step : steps(job)) {
            String name = (String) step.get("name");
            if (name.startsWith("Point the task definitions") || name.startsWith("Deploy ")) {
                Map<String, String> stepEnv = new HashMap<>(env);
                stepEnv.putAll(strings(step.get("env")));
                Processes.Result result = Processes.run(project, stepEnv, (String) step.get("run"),
                        List.of("bash", "--noprofile", "--norc", "-eo", "pipefail"));
                assertEquals(0, result.exit(), name + ":\n" + result.output());
            }
        }
        JsonNode app = JSON.readTree(fakes.state().resolve("registered/shop-prod-app.json").toFile());
        assertEquals(List.of(repository + ":app-abc123", repository + ":app-dev-0.0.0", "nginx:1.27.3"),
                app.path("containerDefinitions").findValuesAsText("image"));
        List<List<String>> calls = fakes.calls();
        String appArn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-prod-app:7";
        String webArn = "arn:aws:ecs:eu-west-1:123456789012:task-definition/shop-prod-web:7";
        assertEquals(List.of("aws", "ecs", "update-service", "--cluster", "shop-prod", "--service", "shop-app",
                "--task-definition", appArn, "--deployment-configuration",
                "minimumHealthyPercent=50,maximumPercent=150,deploymentCircuitBreaker={enable=true,rollback=true}",
                "--query", "service.serviceArn", "--output", "text"), calls.get(1));
        assertEquals(List.of("aws", "ecs", "wait", "services-stable", "--cluster", "shop-prod", "--services",
                "shop-app"), calls.get(2));
        List<String> deployment = calls.get(4);
        assertEquals(List.of("aws", "deploy", "create-deployment", "--application-name", "shop",
                "--deployment-group-name", "shop-web", "--revision"), deployment.subList(0, 8));
        JsonNode revision = JSON.readTree(deployment.get(8));
        assertEquals("AppSpecContent", revision.path("revisionType").asText());
        JsonNode appSpec = JSON.readTree(revision.path("appSpecContent").path("content").asText());
        JsonNode properties = appSpec.path("Resources").path(0).path("TargetService").path("Properties");
        assertEquals(webArn, properties.path("TaskDefinition").asText());
        assertEquals("web", properties.path("LoadBalancerInfo").path("ContainerName").asText());
        assertEquals(80, properties.path("LoadBalancerInfo").path("ContainerPort").asInt());
        assertFalse(revision.path("appSpecContent").path("content").asText().contains("\"version\":0,"));
        assertEquals(List.of("aws", "deploy", "wait", "deployment-successful", "--deployment-id", "d-TEST"),
                calls.get(5));
        assertEquals(6, calls.size(), calls.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> workflow(Path file) throws Exception {
        return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(file));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(Path file, String id) throws Exception {
        return (Map<String, Object>) ((Map<String, Object>) workflow(file).get("jobs")).get(id);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Path file) throws Exception {
        List<Map<String, Object>> steps = new ArrayList<>();
        for (Object job : ((Map<String, Object>) workflow(file).get("jobs")).values()) {
            steps.addAll(steps((Map<String, Object>) job));
        }
        return steps;
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(Map<String, Object> job) {
        return (List<Map<String, Object>>) job.getOrDefault("steps", List.of());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> strings(Object env) {
        Map<String, String> out = new HashMap<>();
        if (env instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> out.put(k, String.valueOf(v)));
        }
        return out;
    }
}
