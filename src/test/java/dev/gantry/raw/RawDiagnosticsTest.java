package dev.gantry.raw;

import dev.gantry.support.DiagnosticListing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes in raw blocks, each at its line:col with a hint; what raw replaces or cannot place, as warnings. */
class RawDiagnosticsTest {

    private static final String HEAD = """
            gantry: 1
            project: {name: shop, registry: registry.example.com/acme}
            images:
              app:
                from: php:8.3-fpm
                stages:
                  - name: code
                    run: [echo hi]
            """;

    private static final String APP = """
            services:
              app:
                image: app
                ports: [9000]
            """;

    private static final String ECS = """
                ecs: {region: eu-west-1, account: "123456789012", cpu: 0.5, memory: 1GB, execution_role: x, tag: prod}
            """;

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("typo in a compose service key", APP + "    raw:\n      compose: {stop_grace_perod: 30s}\n");
        CASES.put("typo in a nested key", APP + "    raw:\n      compose:\n        deploy: {resources: {limts: {cpus: \"1\"}}}\n");
        CASES.put("typo in an ECS container key", APP + "    raw:\n      ecs: {stopTimout: 30}\n");
        CASES.put("typo in a job key", APP + "pipelines:\n  gantry: {jar_url: \"https://x.example/g.jar\", jar_sha256:"
                + " \"" + "0".repeat(64) + "\"}\n  raw:\n    branch: {jobs: {build: {timeout-minute: 30}}}\n");
        CASES.put("unknown key, maybe newer", APP + "    raw:\n      compose: {quantum_entanglement: true}\n"
                + "environments:\n  dev: {targets: [compose]}\n");
        CASES.put("wrong type", APP + "    raw:\n      compose: {init: \"yes\", cap_add: NET_ADMIN}\n");
        CASES.put("unknown target", APP + "    raw:\n      nomad: {x: 1}\n");
        CASES.put("raw for a target no environment uses", APP + "    raw:\n      ecs: {stopTimeout: 30}\n"
                + "environments:\n  dev:\n    targets: [compose]\n    raw:\n      ecs: {pidMode: task}\n");
        CASES.put("replaced and removed generated values", APP + "  web:\n    image: nginx:1.27.3\n"
                + "    ports: [\"8080:80\"]\n    restart: always\n    raw:\n      compose: {restart: null, ports:"
                + " [\"9090:80\"]}\n      ecs: {essential: false}\nenvironments:\n  prod:\n    targets: [compose, ecs]\n"
                + ECS + "    services: {web: {ports: [80], ecs: {task: app}}}\n    raw:\n      ecs: {cpu: \"1024\"}\n");
        CASES.put("task raw on a sidecar", APP + "  web:\n    image: nginx:1.27.3\n    ports: [80]\n"
                + "    ecs: {task: app, raw: {pidMode: task}}\nenvironments:\n  prod:\n    targets: [ecs]\n" + ECS);
        CASES.put("Dockerfile lines", APP.replace("services:", """
                  base:
                    from: debian:bookworm-slim
                    stages:
                      - name: os
                        run: [echo os]
                        raw:
                          dockerfile:
                            before_run:
                              - "RUN echo a\\nFROM evil"
                              - FROM debian:bookworm-slim
                              - run echo lower
                              - RUN echo a && \\\\
                              - RUN <<EOF
                              - ENV A="open
                              - ONBUILD FROM x
                              - CMD [not json]
                              - "# a comment"
                            after_run: [STOPSIGNAL SIGQUIT, "RUN echo $((1<<2))"]
                    raw:
                      dockerfile:
                        end: [MAINTAINER me]
                services:"""));
        CASES.put("docker-machine flags", APP + "environments:\n  prod:\n    targets: [compose, docker-machine]\n"
                + "    machine:\n      driver: amazonec2\n      amazonec2: {region: eu-west-1, ami: ami-0123456789abcdef0}\n"
                + "    raw:\n      docker-machine:\n        google-zone: europe-west1-b\n        amazonec2-secret-key: s\n"
                + "        driver: google\n        engine-opt: [\"log-opt=a b\"]\n        amazonec2-tags: {a: b}\n"
                + "        amazonec2-security-group-readonly: false\n");
        CASES.put("a flag name that is no flag", APP + "environments:\n  prod:\n    targets: [compose, docker-machine]\n"
                + "    machine:\n      driver: amazonec2\n      amazonec2: {region: eu-west-1, ami: ami-0123456789abcdef0}\n"
                + "    raw:\n      docker-machine: {\"amazonec2-zone;rm -rf ~\": x}\n");
        CASES.put("raw for jobs that are not generated", APP + "pipelines:\n  gantry: {jar_url: \"https://x.example/g.jar\","
                + " jar_sha256: \"" + "0".repeat(64) + "\"}\n  raw:\n    main: {concurrency: main}\n"
                + "    base-image: {name: Base}\nenvironments:\n  dev:\n    targets: [compose]\n    raw:\n"
                + "      pipelines: {smoke: {timeout-minutes: 5}}\n");
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        CASES.forEach((name, rest) -> files.put(name, HEAD + rest));
        Approvals.verify(DiagnosticListing.of(dir, files, Set.of("unknown key, maybe newer",
                "raw for a target no environment uses", "replaced and removed generated values",
                "raw for jobs that are not generated")));
    }
}
