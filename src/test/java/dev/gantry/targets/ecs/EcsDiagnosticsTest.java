package dev.gantry.targets.ecs;

import dev.gantry.support.DiagnosticListing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each rule of the ECS target broken once: the listing pins the place, message and hint of every report. */
class EcsDiagnosticsTest {

    private static final String HEAD = """
            gantry: 1
            project: {name: shop, registry: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme}
            secrets:
              APP_SECRET: {}
            images:
              app: {from: "php:8.3-fpm"}
            services:
              app: {image: app, ports: [9000]}
            """;

    /** A valid ECS environment; a case adds services and settings after it. */
    private static final String PROD = """
            environments:
              prod:
                targets: [ecs]
                ecs:
                  execution_role: shop-execution
                  tag: v1
                  region: eu-central-1
                  account: "123456789012"
                  cpu: 0.5
                  memory: 1GB
            """;

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    /** Cases that only warn: they exit 0 and write their files. */
    private static final Set<String> WARNINGS = Set.of("health check outside ECS's ranges",
            "host port, host address, env_files and networks", "depends_on across tasks");

    static {
        CASES.put("catalog service neither external nor container", "  db: {use: mariadb:10.11}\n" + PROD);
        CASES.put("both external and container", "  db: {use: mariadb:10.11}\n" + PROD + """
                    services:
                      db: {external: {host: db.example.com}, container: true}
                """);
        CASES.put("secret without a source", """
                  worker: {image: app, env: {APP_SECRET: {secret: APP_SECRET}}}
                """ + PROD);
        CASES.put("catalog credentials without a source", "  db: {use: mariadb:10.11}\n" + PROD + """
                    services:
                      db: {container: true}
                """);
        CASES.put("secret from the deploying machine", "  worker: {image: app, secrets: [APP_SECRET]}\n" + PROD + """
                    secrets:
                      APP_SECRET: {env: APP_SECRET}
                """);
        CASES.put("URL built around a secret", """
                  worker: {image: app, env: {DATABASE_URL: {ref: db.url}}}
                  db: {use: postgresql:16}
                """ + PROD + """
                    secrets:
                      DB_PASSWORD: {ssm: /shop/prod/db}
                    services:
                      db: {container: true}
                """);
        CASES.put("no region, account or execution role", """
                  worker: {image: app, secrets: [APP_SECRET]}
                environments:
                  prod:
                    targets: [ecs]
                    ecs: {cpu: 0.5, memory: 1GB, tag: v1, task_role: shop-app}
                    secrets:
                      APP_SECRET: {ssm: /shop/prod/app-secret}
                """);
        CASES.put("no tag for built images", PROD.replace("      tag: v1\n", ""));
        CASES.put("Fargate size that does not pair", PROD.replace("memory: 1GB", "memory: 512MB"));
        CASES.put("not a Fargate cpu", PROD.replace("cpu: 0.5", "cpu: 0.3"));
        CASES.put("Fargate task without a size", PROD.replace("      cpu: 0.5\n", "").replace("      memory: 1GB\n",
                ""));
        CASES.put("Fargate with bridge networking", PROD + "      network_mode: bridge\n");
        CASES.put("what Fargate cannot run", """
                  tools:
                    image: debian:bookworm-slim
                    volumes: ["./scripts:/scripts", "/var/run/docker.sock:/var/run/docker.sock"]
                    privileged: true
                    devices: [/dev/fuse]
                    cap_add: [SYS_ADMIN, SYS_PTRACE]
                    extra_hosts: {legacy.internal: 10.0.0.12}
                """ + PROD);
        CASES.put("sidecars that cannot join", """
                  web: {image: "nginx:1.27.3", ecs: {task: app}}
                  proxy: {image: "nginx:1.27.3", ecs: {task: web}}
                  self: {image: "nginx:1.27.3", ecs: {task: self}}
                  db: {use: mariadb:10.11, external: {host: db.example.com}}
                  tool: {image: "busybox:1.36", ecs: {task: db}}
                  admin: {image: "nginx:1.27.3", ecs: {task: ap}}
                """ + PROD);
        CASES.put("sidecar sets the task size", """
                  web: {image: "nginx:1.27.3", ecs: {task: app, cpu: 1, memory: 2GB}}
                """ + PROD);
        CASES.put("two containers on one port", """
                  web: {image: "nginx:1.27.3", ports: [80], ecs: {task: app}}
                  proxy: {image: "nginx:1.27.3", ports: [80], ecs: {task: app}}
                """ + PROD);
        CASES.put("EC2 containers without memory, or with a limit below the reservation", """
                  web:
                    image: "nginx:1.27.3"
                    resources: {memory: 64MB}
                    ecs: {memory_reservation: 128MB}
                  tiny: {image: "busybox:1.36", resources: {memory: 4MB}}
                """ + PROD.replace("      cpu: 0.5\n      memory: 1GB\n", "      launch: EC2\n"
                + "      network_mode: host\n      cpu: 0.1\n"));
        CASES.put("containers bigger than their task", """
                  web: {image: "nginx:1.27.3", resources: {cpu: 0.5, memory: 1GB}, ecs: {task: app}}
                  big: {image: "nginx:1.27.3", resources: {cpu: 1, memory: 2GB}}
                """ + PROD.replace("    ecs:", "    services:\n      app: {resources: {cpu: 0.25, memory: 256MB}}\n"
                + "    ecs:"));
        CASES.put("no essential container", PROD + """
                    services:
                      app: {ecs: {essential: false}}
                """);
        CASES.put("EFS without a task role, with an access point and a root directory", PROD + """
                      volumes:
                        uploads:
                          file_system: fs-0123456789abcdef0
                          access_point: fsap-0123456789abcdef0
                          root_directory: /x
                """);
        CASES.put("NFS storage without EFS", PROD.replace("environments:", "storage: {kind: nfs}\nenvironments:"));
        CASES.put("registry credentials that are not a whole Secrets Manager secret", PROD + """
                      registry_credentials: APP_SECRET
                    secrets:
                      APP_SECRET: {secrets_manager: shop/registry, key: password}
                """);
        CASES.put("built image without a registry", PROD);
        CASES.put("HTTP caches whose configuration ECS cannot mount", """
                  varnish: {use: varnish:7.6, in_front_of: app, config: {vcl: docker/my.vcl}}
                  cache: {use: disk-cache:1.27, in_front_of: app}
                """ + PROD);
        CASES.put("MinIO as a container", "  s3: {use: minio:2025-09-07T16-13-09Z}\n" + PROD + """
                    secrets:
                      S3_PASSWORD: {ssm: /shop/prod/s3}
                    services:
                      s3: {container: true}
                """);
        CASES.put("environment sets an unknown secret", PROD + """
                    secrets:
                      DB_PASSWORD: {ssm: /shop/prod/db}
                """);
        CASES.put("volume shared by two tasks", """
                  web: {image: "nginx:1.27.3", volumes: ["uploads:/srv/uploads"]}
                  worker: {image: app, volumes: ["uploads:/srv/uploads"]}
                """ + PROD);
        CASES.put("health check outside ECS's ranges", """
                  web:
                    image: "nginx:1.27.3"
                    healthcheck: {test: "curl -f http://127.0.0.1/", interval: 1s, timeout: 2500ms, start_period: 10m}
                """ + PROD);
        CASES.put("host port, host address, env_files and networks", """
                  web:
                    image: "nginx:1.27.3"
                    ports: ["127.0.0.1:8080:80"]
                    env_files: [web.env]
                    networks: [front]
                """ + PROD);
        CASES.put("depends_on across tasks", """
                  web: {image: "nginx:1.27.3", depends_on: [app]}
                  proxy: {image: "nginx:1.27.3", depends_on: [web]}
                """ + PROD);
    }

    @Test
    void reportsEachRuleAtItsPlace(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        CASES.forEach((name, tail) -> files.put(name, (name.equals("built image without a registry")
                ? HEAD.replace(", registry: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme", "") : HEAD) + tail));
        Approvals.verify(DiagnosticListing.of(dir, files, WARNINGS));
    }
}
