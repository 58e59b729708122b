package dev.gantry.targets.kubernetes;

import java.util.Map;

/** Projects that use every mapping of the kubernetes target. */
final class KubernetesFixtures {

    /**
     * A test environment (S3 stand-in with its one-shot Job, an etcd seed Job, networks, probes of
     * every form, secrets whole and inside values, an HTTP cache in front, shared and per-pod volumes,
     * host paths, devices and privileges) and a prod one (a managed database, a restricted namespace).
     */
    static final String FULL = """
            gantry: 1
            project: {name: shop, registry: registry.example.com/acme}
            secrets:
              APP_SECRET: {description: Symfony kernel secret}
              RDS_PASSWORD: {description: Password of the managed database}
            storage: {kind: s3, bucket: media}
            images:
              app:
                from: php:8.3-fpm
                user: "33:33"
                healthcheck: {test: [php-fpm-healthcheck], interval: 1500ms, timeout: 5s, start_period: 20s}
            services:
              app:
                image: app
                ports: [9000]
                resources: {cpu: 0.5, memory: 768MB}
                replicas: 2
                user: "33:33"
                env:
                  DATABASE_URL: {ref: db.url}
                  APP_SECRET: {secret: APP_SECRET}
                  PRICE: "5$ or $(HOME)"
                labels: {com.example.team: shop, "a/b/c": bad}
                depends_on: [db, search]
                networks: [back]
                extra_hosts: {legacy.example.com: 10.0.0.5, old.example.com: 10.0.0.5}
                etcd: {cache: {size: 3}}
              web:
                image: nginx:1.27.3
                ports: ["8080:80"]
                env: {PHP_FPM_HOST: {ref: app.host}}
                depends_on: [app]
                networks: [front, back]
                healthcheck: {test: "curl -fsS -o /dev/null http://127.0.0.1:80/health || exit 1", interval: 10s}
              varnish:
                use: varnish:7.6
                in_front_of: web
                networks: [front]
              db:
                use: postgresql:16
                config: {database: shop, user: shop, disk: 5GB}
                networks: [back]
              search:
                use: opensearch:2.19.1
                networks: [back]
              etcd:
                use: etcd:3.5.17
                networks: [default, back]
              fuse:
                image: debian:bookworm-20251229-slim
                entrypoint: [/usr/local/bin/mount-and-wait]
                command: ["--price", "5$"]
                privileged: true
                cap_add: [SYS_ADMIN]
                devices: [/dev/fuse]
                volumes: ["/srv/data:/data:ro", "shared:/shared"]
                restart: on-failure
              other:
                image: debian:bookworm-20251229-slim
                command: sleep infinity
                volumes: ["shared:/shared", "cache_dir:/cache"]
                env_files: [other.env]
            environments:
              test:
                kind: test
                targets: [kubernetes]
                kubernetes:
                  tag: "2026.11.1"
                  storage_class: fast
                  image_pull_secret: regcred
                  ingress: {host: shop.example.com, class: nginx, tls_secret: shop-tls}
              prod:
                targets: [kubernetes]
                kubernetes:
                  namespace: shop-production
                  secret: shop-prod
                  tag: prod
                  pod_security: restricted
                secrets:
                  APP_SECRET: {ssm: /shop/prod/app-secret}
                services:
                  fuse: null
                  other: null
                  web: {user: "101:101"}
                  db:
                    external: {host: db.example.com, user: shop, database: shop, password: RDS_PASSWORD}
            """;

    /**
     * The run-time keys compose has (issue 20) and {@code raw} blocks: a user one-shot that another
     * service waits for, words and shell commands, init, stop and terminal settings, in-memory
     * folders, kernel settings, placement, variables read where the stack starts.
     */
    static final String KEYS = """
            gantry: 1
            project: {name: desk, registry: registry.example.com/acme}
            images:
              app: {from: php:8.3-fpm}
            services:
              app:
                image: app
                ports: [9000]
                command: php-fpm --nodaemonize
                init: true
                stop_grace_period: 1m30s
                stop_signal: SIGQUIT
                stdin_open: true
                tty: true
                tmpfs: ["/tmp", {path: /run/php, size: 64MB}]
                shm_size: 256MB
                ulimits: {nofile: {soft: 1024, hard: 2048}}
                sysctls: {net.ipv4.ip_local_port_range: "1024 65000", net.core.somaxconn: "1024"}
                logging: {driver: json-file, options: {max-size: 10m}}
                extra_hosts: {host.docker.internal: host-gateway, legacy.example.com: 10.0.0.5}
                placement:
                  constraints: ["node.labels.disk == ssd", "node.platform.arch == x86_64", "node.hostname != old-1"]
                  spread: [node.labels.zone]
                env:
                  APP_ENV: {from_env: APP_ENV, default: prod}
                  APP_DEBUG: {from_env: APP_DEBUG, required: false}
                networks: [back]
                depends_on:
                  migrate: {condition: service_completed_successfully}
                raw:
                  kubernetes: {imagePullPolicy: Always, stdin: null}
              migrate:
                image: app
                command: {shell: "bin/console doctrine:migrations:migrate -n && echo done"}
                profiles: [tools]
                container_name: desk-migrate
                networks: [back]
              cache:
                image: valkey/valkey:8.0.2
                tag_from_env: VALKEY_TAG
                networks: [back]
            networks:
              back: {internal: true}
            environments:
              staging:
                kind: staging
                targets: [kubernetes]
                kubernetes: {tag: "2026.12.0"}
                raw:
                  kubernetes:
                    commonAnnotations: {team: desk}
            """;

    static final Map<String, String> ALL = Map.of("full", FULL, "keys", KEYS);

    private KubernetesFixtures() {
    }
}
