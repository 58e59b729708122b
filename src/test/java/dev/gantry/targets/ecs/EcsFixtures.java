package dev.gantry.targets.ecs;

import java.util.Map;

/** Projects that use every feature of the ECS target, on Fargate and on EC2. */
final class EcsFixtures {

    /** Fargate: a sidecar, managed and containerised catalog services, secrets, EFS, an HTTP cache, ARM64. */
    static final String FARGATE = """
            gantry: 1
            project: {name: shop, registry: 123456789012.dkr.ecr.eu-central-1.amazonaws.com/acme}
            secrets:
              APP_SECRET: {description: Symfony kernel secret}
              RDS_PASSWORD: {description: Password of the managed database}
            storage: {kind: nfs, mount: /var/www/media}
            images:
              app:
                from: php:8.3-fpm
                healthcheck: {test: [php-fpm-healthcheck], interval: 1500ms, timeout: 90s}
            services:
              app:
                image: app
                ports: [9000]
                resources: {cpu: 0.5, memory: 768MB}
                env:
                  DB_HOST: {ref: db.host}
                  DB_USER: {ref: db.user}
                  DB_PASSWORD: {ref: db.password}
                  SEARCH_URL: {ref: search.url}
                  APP_SECRET: {secret: APP_SECRET}
                  APP_DEBUG: "0"
                labels: {com.example.team: shop}
                depends_on: [db, search]
              web:
                image: nginx:1.27.3
                ports: ["80:80"]
                env: {PHP_FPM_HOST: {ref: app.host}}
                depends_on: [app]
                ecs: {task: app}
              varnish:
                use: varnish:7.6
                in_front_of: web
              db:
                use: postgresql:16
                config: {database: shop, user: shop}
              search:
                use: opensearch:2.19.1
            environments:
              prod:
                targets: [ecs]
                ecs:
                  region: eu-central-1
                  account: "123456789012"
                  cpu: 1
                  memory: 2GB
                  architecture: ARM64
                  execution_role: shop-prod-execution
                  task_role: arn:aws:iam::123456789012:role/shop-prod-app
                  log_group: /shop/prod
                  tag: "2026.11.1"
                  volumes:
                    storage: {file_system: fs-0123456789abcdef0, access_point: fsap-0123456789abcdef0}
                    search-data: {file_system: fs-0123456789abcdef0, root_directory: /search}
                secrets:
                  APP_SECRET: {secrets_manager: shop/prod/app, key: kernel_secret}
                  RDS_PASSWORD: {ssm: /shop/prod/rds-password}
                services:
                  db:
                    external:
                      host: shop.cluster-abc.eu-central-1.rds.amazonaws.com
                      user: shop
                      password: RDS_PASSWORD
                  search:
                    container: true
                    ecs: {cpu: 2, memory: 4GB}
                  varnish:
                    ecs: {cpu: 0.25, memory: 512MB}
            """;

    /** EC2 in bridge mode: links, host ports, a host path, devices, privileged, memory reservations, digests. */
    static final String EC2 = """
            gantry: 1
            project: {name: media, registry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme}
            storage: {kind: nfs, mount: /srv/media}
            images:
              app: {from: "python:3.12-slim"}
            services:
              app:
                image: app
                ports: ["8000:8000"]
                resources: {cpu: 0.5, memory: 512MB}
                env:
                  DB_HOST: {ref: db.host}
                  DB_PASSWORD: {ref: db.password}
                volumes: ["/var/run/docker.sock:/var/run/docker.sock:ro"]
                privileged: true
                devices: ["/dev/fuse:/dev/fuse:rwm"]
                cap_add: [SYS_ADMIN]
                extra_hosts: {legacy.internal: 10.0.0.12}
                depends_on: [db]
              agent:
                image: busybox:1.36
                command: "tail -f /dev/null"
                env: {APP_HOST: {ref: app.host}}
                ecs: {task: app, essential: false, memory_reservation: 64MB}
              db:
                use: postgresql:16
                config: {database: media, user: media}
            environments:
              prod:
                targets: [ecs]
                ecs:
                  region: eu-west-1
                  account: "123456789012"
                  launch: EC2
                  network_mode: bridge
                  execution_role: arn:aws:iam::123456789012:role/exec
                  task_role: media-app
                  digests: {app: "sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef"}
                  volumes:
                    storage: {file_system: fs-0123456789abcdef0, root_directory: /media}
                    db-data: {file_system: fs-0123456789abcdef0, access_point: fsap-0123456789abcdef0}
                secrets:
                  DB_PASSWORD: {ssm: /media/prod/db-password}
                services:
                  db:
                    container: true
                    resources: {memory: 1GB}
            """;

    static final Map<String, String> ALL = Map.of("fargate", FARGATE, "ec2", EC2);

    private EcsFixtures() {
    }
}
