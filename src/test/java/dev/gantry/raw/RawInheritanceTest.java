package dev.gantry.raw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Raw blocks merge through `extends` and per-environment overrides like every other setting; `null` takes them back. */
class RawInheritanceTest {

    private static final String PROJECT = """
            gantry: 1
            project: {name: shop}
            services:
              web:
                image: nginx:1.27.3
                raw:
                  compose: {init: true, stop_grace_period: 30s, logging: {driver: local}}
            environments:
              dev:
                targets: [compose]
                raw:
                  compose: {x-team: web, volumes: {cache: {}}}
              qa:
                extends: dev
                services:
                  web:
                    raw: {compose: {stop_grace_period: 5s, logging: {options: {max-size: 1m}}}}
                raw:
                  compose: {x-stage: qa}
              demo:
                extends: dev
                services:
                  web: {raw: null}
                raw: {compose: null}
            """;

    @Test
    void blocksMergeKeyByKeyAndNullTakesThemBack(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write(PROJECT);
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        String qa = Files.readString(dir.resolve("docker-compose.qa.yml"));
        assertTrue(qa.contains("""
                    init: true
                    stop_grace_period: "5s"
                    logging:
                      driver: "local"
                      options:
                        max-size: "1m"
                """), qa);
        assertTrue(qa.contains("x-team: \"web\"") && qa.contains("x-stage: \"qa\"") && qa.contains("  cache: {}"), qa);
        String demo = Files.readString(dir.resolve("docker-compose.demo.yml"));
        assertFalse(demo.contains("init:") || demo.contains("x-team") || demo.contains("logging"), demo);
    }
}
