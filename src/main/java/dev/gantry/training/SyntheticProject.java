package dev.gantry.training;

import dev.gantry.targets.Target;
import dev.gantry.targets.Targets;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A synthetic environment.yaml of any size: the input of the benchmark ({@code src/bench/bench.py})
 * and of the run the launcher records its class-data sharing archive from ({@link Training}). Five
 * environments (dev, staging, prod on ECS and Kubernetes, platform on Platform.sh, upsun on Upsun)
 * together use every target of this build, found with {@link Targets#available()}. The services run
 * in the first three: one in ten is a catalog service (database, cache, queue), the others run the
 * project's image or a published one, reference a catalog service and depend on the service before
 * them; a Varnish cache stands in front of the second. Platform.sh and Upsun run the application and
 * its database. Targets that need settings get plausible ones, and a {@code raw} block at each level
 * that takes one; a target this class does not know is listed in prod without settings, with a note
 * on stderr, and {@code SyntheticProjectTest} fails until it is taught the
 * target's settings.
 *
 * <pre>java -cp target/gantry.jar dev.gantry.training.SyntheticProject SERVICES FILE</pre>
 */
public final class SyntheticProject {

    /** The targets this generator knows how to configure, with the environments that list them. */
    static final Map<String, List<String>> PLACEMENT = placement();


    private static final String[] CATALOG = {"mariadb:10.11", "redis:7.4", "postgresql:16", "memcached:1.6",
        "rabbitmq:4.0"};
    /** The catalog kinds without credentials, which prod can run as containers without secrets. */
    private static final Set<String> CONTAINER_IN_PROD = Set.of("redis:7.4", "memcached:1.6");
    /** The many services run in containers; the Platform.sh environment runs only the application and its database. */
    private static final String ONLY_CONTAINERS = "    environments: [dev, staging, prod]\n";

    private final int services;
    private final Set<String> targets;
    private final Set<String> unknown;

    /** {@code unknown}: the targets environments list that this class does not know. */
    SyntheticProject(int services, Set<String> targets, Set<String> unknown) {
        this.services = services;
        this.targets = targets;
        this.unknown = unknown;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: SyntheticProject SERVICES FILE");
            System.exit(2);
        }
        notes(available(), unknown(), System.err);
        write(Integer.parseInt(args[0]), Path.of(args[1]));
    }

    /** Writes the project with {@code services} services, using every target of this build, to {@code file}. */
    public static void write(int services, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, new SyntheticProject(services, available(), unknown()).yaml(), StandardCharsets.UTF_8);
    }

    static Set<String> available() {
        return Targets.available().stream().map(Target::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Targets this class does not place that environments list (the project-wide ones need no listing). */
    static Set<String> unknown() {
        return Targets.available().stream().filter(t -> !t.projectWide() && !PLACEMENT.containsKey(t.name()))
                .map(Target::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /** Says which known targets this build lacks, and which of its targets the generator does not know. */
    static void notes(Set<String> available, Set<String> unknown, PrintStream err) {
        for (String known : PLACEMENT.keySet()) {
            if (!available.contains(known)) {
                err.println("note: target `" + known + "` is not in this build of Gantry; the synthetic project"
                        + " does not use it");
            }
        }
        for (String target : unknown) {
            err.println("note: target `" + target + "` is new to the synthetic project: listed in prod"
                    + " without settings (teach dev.gantry.training.SyntheticProject its settings)");
        }
    }

    private static Map<String, List<String>> placement() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        out.put("compose", List.of("dev", "staging"));
        out.put("docs", List.of("dev"));
        out.put("docker-machine", List.of("staging"));
        out.put("ecs", List.of("prod"));
        out.put("kubernetes", List.of("prod"));
        out.put("pipelines", List.of("staging", "prod"));
        out.put("platformsh", List.of("platform"));
        out.put("docs", List.of("dev", "prod"));
        out.put("upsun", List.of("upsun"));
        return out;
    }

    private boolean catalog(int i) {
        return i % 10 == 1;
    }

    private String kind(int i) {
        return CATALOG[(i / 10) % CATALOG.length];
    }

    private String name(int i) {
        return (catalog(i) ? "store" : "svc") + String.format("%04d", i);
    }

    /** The catalog service a service at {@code i} connects to: the last one before it. */
    private int storeOf(int i) {
        return i - ((i - 1) % 10);
    }

    String yaml() {
        StringBuilder y = new StringBuilder();
        y.append("# Synthetic project for the benchmark: ").append(services).append(" services.\n");
        y.append("gantry: 1\n\nproject:\n  name: synth\n  registry: registry.example.com/acme\n  source: app\n\n");
        y.append("""
                images:
                  base:
                    from: php:8.3-fpm-bookworm
                    stages:
                      - {name: os, run: [apt-get update && apt-get install -y --no-install-recommends git]}
                  app:
                    from: base
                    workdir: /srv/app
                    stages:
                      - name: deps
                        copy: [composer.json]
                        run: [composer install]
                        raw: {dockerfile: {after_run: ["RUN --mount=type=cache,target=/tmp/cache true"]}}
                      - {name: code, copy: [{src: src/, dest: /srv/app/src}]}
                    raw: {dockerfile: {end: [STOPSIGNAL SIGQUIT]}}

                secrets:
                  APP_SECRET: {description: the application's signing key}
                  REGISTRY_USER: {description: user of the image registry}
                  REGISTRY_TOKEN: {description: token of the image registry}

                storage: {kind: s3, bucket: synth-media, region: eu-central-1}

                """);
        if (targets.contains("pipelines")) {
            y.append("""
                    pipelines:
                      gantry:
                        jar_url: https://artifacts.example.com/gantry/gantry.jar
                        jar_sha256: "0000000000000000000000000000000000000000000000000000000000000000"
                      registry_login: {username_secret: REGISTRY_USER, password_secret: REGISTRY_TOKEN}
                      raw: {branch: {jobs: {generated: {timeout-minutes: 10}}}}

                    """);
        }
        y.append("""
                services:
                  app:
                    image: app
                    ports: [9000]
                    env: {DB_HOST: {ref: db.host}}
                    depends_on: [db]
                    raw: {compose: {init: true}, ecs: {stopTimeout: 30}}
                  db:
                    use: "mariadb:10.11"
                """);
        if (services >= 2) {
            y.append("  edge:\n    use: \"varnish:7.6\"\n    in_front_of: ").append(name(2)).append('\n')
                    .append(ONLY_CONTAINERS);
        }
        for (int i = 1; i <= services; i++) {
            service(y, i);
        }
        y.append("\nenvironments:\n");
        environment(y, "dev", "");
        environment(y, "staging", "    extends: dev\n");
        environment(y, "prod", "");
        environment(y, "platform", "    kind: prod\n");
        environment(y, "upsun", "    kind: prod\n");
        return y.toString();
    }

    private void service(StringBuilder y, int i) {
        y.append("  ").append(name(i)).append(":\n").append(ONLY_CONTAINERS);
        if (catalog(i)) {
            y.append("    use: \"").append(kind(i)).append("\"\n");
            return;
        }
        if (i % 2 == 0) {
            y.append("    image: app\n    ports: [9000]\n    secrets: [APP_SECRET]\n");
        } else {
            y.append("    image: \"nginx:1.27.3\"\n    ports: [80]\n");
        }
        y.append("    env:\n      SERVICE_INDEX: \"").append(i).append("\"\n");
        y.append("      STORE_HOST: {ref: ").append(name(storeOf(i))).append(".host}\n");
        y.append("    depends_on: [").append(name(i - 1)).append("]\n");
        y.append("    resources: {cpu: 0.25, memory: 256MB}\n");
    }

    private void environment(StringBuilder y, String env, String head) {
        List<String> listed = new ArrayList<>();
        PLACEMENT.forEach((target, envs) -> {
            if (envs.contains(env) && targets.contains(target)) {
                listed.add(target);
            }
        });
        if (env.equals("prod")) {
            listed.addAll(unknown);
        }
        y.append("  ").append(env).append(":\n").append(head);
        y.append("    targets: [").append(String.join(", ", listed)).append("]\n");
        if (listed.contains("docker-machine")) {
            y.append("""
                        machine:
                          driver: amazonec2
                          count: 2
                          amazonec2: {ami: ami-0123456789abcdef0, region: eu-central-1, instance_type: t3.small}
                        raw: {docker-machine: {amazonec2-use-ebs-optimized-instance: true}}
                    """);
        }
        if (listed.contains("ecs")) {
            y.append("""
                        ecs:
                          region: eu-central-1
                          account: "123456789012"
                          cpu: 0.5
                          memory: 1GB
                          execution_role: synth-prod-execution
                          tag: prod
                        secrets:
                          APP_SECRET: {ssm: /synth/prod/app-secret}
                        raw: {ecs: {tags: [{key: project, value: synth}]}}
                    """);
        }
        if (listed.contains("kubernetes")) {
            y.append("""
                        kubernetes:
                          tag: prod
                    """);
        }
        if (listed.contains("pipelines") && listed.contains("ecs")) {
            y.append("""
                        pipelines:
                          deploy:
                            cluster: synth-prod
                            aws_role: "arn:aws:iam::123456789012:role/synth-deploy"
                            strategy: rolling
                    """);
        }
        if (listed.contains("platformsh") || listed.contains("upsun")) {
            y.append("""
                        platformsh:
                          domain: synth.example.com
                          apps: {app: {web: {locations: {/: {root: public, passthru: /index.php}}}}}
                    """);
        }
        if (env.equals("prod")) {
            prodServices(y);
        }
    }

    /** Prod runs the catalog services without credentials as containers, the others as managed services. */
    private void prodServices(StringBuilder y) {
        y.append("    services:\n      db: {external: {host: db.internal.example.com}}\n");
        for (int i = 1; i <= services; i++) {
            if (catalog(i)) {
                y.append("      ").append(name(i)).append(": ");
                y.append(CONTAINER_IN_PROD.contains(kind(i)) ? "{container: true}\n"
                        : "{external: {host: " + name(i) + ".internal.example.com}}\n");
            }
        }
    }
}
