package dev.gantry.targets.kubernetes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the kubernetes target cannot carry is reported at its place, and nothing is written. */
class KubernetesDiagnosticsTest {

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                images:
                  app: {from: php:8.3-fpm}
                services:
                  app:
                    image: app
                    ports: [9000]
                    volumes: ["./src:/var/www"]
                    user: www-data
                    restart: "no"
                  tool:
                    image: busybox:1.37.0
                    privileged: true
                    depends_on: [quiet]
                    volumes: ["~/.composer:/root/.composer", "cache:/cache:z"]
                    placement: {constraints: ["node.role == manager"]}
                    env:
                      TOKEN: {from_env: TOKEN}
                  quiet:
                    image: busybox:1.37.0
                environments:
                  prod:
                    targets: [kubernetes]
                    kubernetes:
                      pod_security: baseline
                      ingress: {tls_secret: shop-tls, service: nothing}
                """);
        CliRun run = project.run("generate");
        assertEquals(1, run.exit(), run.err());
        assertFalse(Files.exists(dir.resolve("deploy")));
        Approvals.verify(run.err().replace(project.file().toString(), "environment.yaml"));
    }
}
