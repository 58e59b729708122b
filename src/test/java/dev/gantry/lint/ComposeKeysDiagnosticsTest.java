package dev.gantry.lint;

import dev.gantry.support.DiagnosticListing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules of the keys real compose stacks use, each at its line:col with a hint. */
class ComposeKeysDiagnosticsTest {

    private static final String HEAD = """
            gantry: 1
            project: {name: shop}
            images:
              app: {from: php:8.3-fpm}
            services:
            """;
    private static final String DEV = "environments:\n  dev: {targets: [compose]}\n";
    private static final String PROD = "environments:\n  prod: {targets: [compose]}\n";

    private static final Map<String, String> CASES = new LinkedHashMap<>();
    private static final Set<String> WARNINGS = Set.of("shell syntax in a string command", "unpinned on purpose",
            "a host path in prod", "a fixed container name in prod", "a network nobody joins");

    static {
        CASES.put("shell syntax in a string command", "  worker:\n    image: app\n"
                + "    command: php bin/console cache:warmup && php-fpm > /proc/1/fd/1\n" + DEV);
        CASES.put("healthy without a health check", "  app:\n    image: app\n    depends_on:\n"
                + "      web: {condition: service_healthy}\n  web: {image: nginx:1.27.3}\n" + DEV);
        CASES.put("completed on a catalog service", "  app:\n    image: app\n    depends_on:\n"
                + "      db: {condition: service_completed_successfully}\n  db: {use: postgresql:16}\n" + DEV);
        CASES.put("completed on a service that restarts", "  app:\n    image: app\n    depends_on:\n"
                + "      migrate: {condition: service_completed_successfully}\n"
                + "  migrate: {image: app, restart: always}\n" + DEV);
        CASES.put("channel tag", "  web: {image: nginx:stable-alpine}\n" + DEV);
        CASES.put("unpinned on purpose", "  web: {image: nginx:stable, unpinned: true}\n" + DEV);
        CASES.put("a host path in prod", "  app:\n    image: app\n    volumes: [/srv/uploads:/var/www/uploads]\n" + PROD);
        CASES.put("a fixed container name in prod", "  web: {image: nginx:1.27.3, container_name: web}\n" + PROD);
        CASES.put("a profile the dependent does not share", "  app:\n    image: app\n    depends_on: [debug]\n"
                + "  debug: {image: nginx:1.27.3, profiles: [tools]}\n" + DEV);
        CASES.put("a tag from .env for a built image", "  app: {image: app, tag_from_env: APP_TAG}\n" + DEV);
        CASES.put("a pass-through under another name", "  app:\n    image: app\n    env:\n"
                + "      APP_DEBUG: {from_env: DEBUG, required: false}\n" + DEV);
        CASES.put("an image built its own way where CI builds it", "  app: {image: app}\n" + PROD.replace(
                "{targets: [compose]}", "\n    targets: [compose]\n    images:\n      app: {args: {APP_ENV: prod}}"));
        CASES.put("an external network with a driver", "  app: {image: app, networks: [proxy]}\n"
                + "networks:\n  proxy: {external: true, driver: overlay}\n" + DEV);
        CASES.put("a network nobody joins", "  app: {image: app}\nnetworks:\n  proxy: {}\n" + DEV);
        CASES.put("an essential one-shot on ECS", """
                  app:
                    image: app
                    depends_on:
                      migrate: {condition: service_completed_successfully}
                  migrate:
                    image: app
                    ecs: {task: app, essential: true}
                environments:
                  prod:
                    targets: [ecs]
                    ecs: {region: eu-west-1, account: "123456789012", execution_role: exec, cpu: 0.5, memory: 1GB,
                          tag: "1.0.0"}
                """);
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        CASES.forEach((name, services) -> files.put(name, (name.contains("ECS")
                ? HEAD.replace("{name: shop}", "{name: shop, registry: registry.example.com/acme}") : HEAD) + services));
        Approvals.verify(DiagnosticListing.of(dir, files, WARNINGS));
    }
}
