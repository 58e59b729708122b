package dev.gantry.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostGatewayTest {

    private static final String PROJECT = """
            gantry: 1
            project: {name: x, registry: registry.example.com/x}
            images:
              app: {from: "php:8.3-fpm-bookworm"}
            services:
              app:
                image: app
                extra_hosts: {host.docker.internal: host-gateway}
            environments:
              dev:
                targets: [compose]
            %s
            """;

    /** Compose passes host-gateway to the engine, which puts the host's address in its place. */
    @Test
    void composeCarriesItToTheEngine(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write(PROJECT.formatted(""));
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.readString(dir.resolve("docker-compose.dev.yml"))
                .contains("extra_hosts:\n      - \"host.docker.internal:host-gateway\""));
    }

    /** An ECS task definition would take host-gateway for an address, which it is not. */
    @Test
    void ecsAndPlatformshAreTold(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write(PROJECT.formatted("""
                  prod:
                    targets: [platformsh]
                """)).run("validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(":6:3: error[E063]: service `app` maps host.docker.internal to host-gateway in"
                + " environment `prod`, which the platformsh target runs: only a Docker engine knows that address"),
                run.err());
    }
}
