package dev.gantry.targets.pipelines;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in the pipelines settings, each at its line:col with a hint; warnings for what would be dropped. */
class PipelinesDiagnosticsTest {

    private static final String HEAD = """
            gantry: 1
            project:
              name: shop
              %s
            images:
              base: {from: "php:8.3-fpm"}
              app: {from: base}
            services:
              app: {image: app, ports: [9000]}
              web: {image: "nginx:1.27.3", ports: ["8080:80"], depends_on: [app]}
            pipelines:
              gantry: {jar_url: "https://example.com/gantry.jar", jar_sha256: "%s"}
              registry_login: {aws_role: "arn:aws:iam::123456789012:role/push"}
            """.formatted("registry: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme", "a".repeat(64));

    private static final String STAGING = "  staging:\n    targets: [compose, pipelines]\n    pipelines:\n";
    private static final String PROD = "  prod:\n    targets: [compose, pipelines]\n    pipelines:\n      deploy:\n"
            + "        cluster: shop\n        aws_role: \"arn:aws:iam::123456789012:role/deploy\"\n";

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("deploy without a registry",
                HEAD.replace("registry: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme", "source: app")
                        .replace("  registry_login: {aws_role: \"arn:aws:iam::123456789012:role/push\"}\n", "")
                        + "  base_images: []\nenvironments:\n" + PROD + "        region: eu-central-1\n"
                        + "        approval: {environment: production}\n");
        CASES.put("manual approval with no environment name",
                HEAD + "environments:\n" + PROD + "        approval: {}\n");
        CASES.put("manual approval with an empty environment name",
                HEAD + "environments:\n" + PROD + "        approval: {environment: \"\"}\n");
        CASES.put("smoke check of a service that does not exist",
                HEAD + "environments:\n" + STAGING + "      smoke:\n        - {service: wbe, path: /}\n");
        CASES.put("smoke check of a service that publishes no port",
                HEAD + "environments:\n" + STAGING + "      smoke:\n        - {service: app}\n");
        CASES.put("smoke checks without the compose target",
                HEAD + "environments:\n  staging:\n    targets: [pipelines]\n    pipelines:\n"
                        + "      smoke:\n        - {service: web}\n");
        CASES.put("environment lists pipelines without the top-level block",
                HEAD.substring(0, HEAD.indexOf("pipelines:")) + "environments:\n" + STAGING
                        + "      smoke: [{service: web}]\n");
        CASES.put("rolling deployment that can never progress",
                HEAD + "environments:\n" + PROD + "        min_healthy_percent: 100\n        max_percent: 100\n"
                        + "        approval: {environment: production}\n");
        CASES.put("blue-green without CodeDeploy names",
                HEAD + "environments:\n" + PROD + "        strategy: blue-green\n"
                        + "        approval: {environment: production}\n");
        CASES.put("blue-green sharing one deployment group",
                HEAD + "environments:\n" + PROD + "        strategy: blue-green\n"
                        + "        codedeploy: {application: shop, deployment_group: shop-prod}\n"
                        + "        approval: {environment: production}\n");
        CASES.put("settings that do not apply to the strategy",
                HEAD + "environments:\n" + PROD + "        min_healthy_percent: 50\n"
                        + "        codedeploy: {application: shop, deployment_group: shop-prod}\n"
                        + "        approval: {environment: production}\n        services:\n"
                        + "          web: {strategy: blue-green, max_percent: 150,"
                        + " codedeploy: {application: shop, deployment_group: shop-web}}\n"
                        + "          app: {port: 9000}\n          apq: {ecs_service: x}\n");
        CASES.put("unknown base image and checks image",
                HEAD + "  base_images: [bsae]\n  checks_image: ap\n");
        CASES.put("ECR role for a registry that is not ECR",
                HEAD.replace("123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme", "registry.example.com/acme"));
        CASES.put("production deploy without approval, settings of an environment that does not take part",
                HEAD + "environments:\n" + PROD + "  qa:\n    targets: [compose]\n    pipelines:\n"
                        + "      smoke: [{service: web}]\n");
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        StringBuilder listing = new StringBuilder();
        CASES.forEach((name, yaml) -> {
            TempProject project = new TempProject(dir).write(yaml);
            Map<String, String> before = project.snapshot();
            CliRun run = project.run("generate", "--target", "pipelines");
            assertFalse(run.hasStackTrace(), name + ": " + run.err());
            boolean onlyWarnings = !run.err().contains("error[");
            assertEquals(onlyWarnings ? 0 : 1, run.exit(), name + ": " + run.err());
            if (!onlyWarnings) {
                assertEquals(before, project.snapshot(), name + ": nothing may be written");
            }
            listing.append("## ").append(name).append('\n')
                    .append(run.err().replace(project.file().toString(), "environment.yaml")).append('\n');
        });
        Approvals.verify(listing.toString());
    }
}
