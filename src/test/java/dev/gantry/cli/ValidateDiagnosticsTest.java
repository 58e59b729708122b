package dev.gantry.cli;

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

/** The mistakes users make most, each reported at its line:col, with exit 1 and nothing written. */
class ValidateDiagnosticsTest {

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("misspelt key", """
                gantry: 1
                project:
                  name: shop
                images:
                  base:
                    form: debian:bookworm-slim
                """);
        CASES.put("wrong type", """
                gantry: 1
                project:
                  name: shop
                services:
                  web:
                    image: nginx:1.27.3
                    ports: yes
                """);
        CASES.put("duplicate key", """
                gantry: 1
                project:
                  name: shop
                services:
                  web:
                    image: nginx:1.27.3
                  web:
                    image: nginx:1.27.4
                """);
        CASES.put("latest tag", """
                gantry: 1
                project:
                  name: shop
                images:
                  base:
                    from: php:latest
                  app:
                    from: php
                """);
        CASES.put("yaml syntax error", """
                gantry: 1
                project:
                  name: shop
                  registry: [unclosed
                """);
        CASES.put("depends_on cycle", """
                gantry: 1
                project:
                  name: shop
                services:
                  app:
                    image: php:8.3-fpm
                    depends_on: [db]
                  db:
                    image: mariadb:10.11
                    depends_on: [cache]
                  cache:
                    image: redis:7.2
                    depends_on: [app]
                """);
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        StringBuilder listing = new StringBuilder();
        CASES.forEach((name, yaml) -> {
            TempProject project = new TempProject(dir).write(yaml);
            Map<String, String> before = project.snapshot();
            CliRun run = project.run("validate");
            assertEquals(1, run.exit(), name + ": " + run.err());
            assertFalse(run.hasStackTrace(), name + ": " + run.err());
            assertEquals(before, project.snapshot(), name + ": validate must write nothing");
            CliRun generate = project.run("generate");
            assertEquals(1, generate.exit(), name);
            assertEquals(before, project.snapshot(), name + ": a failed generate must write nothing");
            listing.append("## ").append(name).append('\n')
                    .append(run.err().replace(project.file().toString(), "environment.yaml")).append('\n');
        });
        Approvals.verify(listing.toString());
    }
}
