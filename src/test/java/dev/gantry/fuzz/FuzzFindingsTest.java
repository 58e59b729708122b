package dev.gantry.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import dev.gantry.util.Sizes;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The crashes the fuzzer found (seed 7, 430,733 inputs), each now a clean result. */
class FuzzFindingsTest {

    @Test
    void sizesInEveryYamlIntegerForm() {
        assertEquals(1000, Sizes.toMiB("1e3"));
        assertEquals(15, Sizes.toMiB("0o17"));
        assertEquals(1024, Sizes.toMiB("0x400"));
        assertEquals(1024, Sizes.toMiB("1GB"));
    }

    @Test
    void aNumericSizeInAnyFormGenerates(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                services:
                  app:
                    image: php:8.3-fpm
                    resources: {memory: 0o17}
                environments:
                  dev: {targets: [compose]}
                """).run("generate");
        assertEquals(0, run.exit(), run.err());
    }

    @Test
    void anAddressWithoutAHostPortIsNoPort(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                services:
                  app:
                    image: php:8.3-fpm
                    ports: ["8021.105:80"]
                """).run("validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(":6:13: error[E024]"), run.err());
    }

    @Test
    void portsOutOfRangeInText(@TempDir Path dir) {
        CliRun run = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                services:
                  app:
                    image: php:8.3-fpm
                    ports: ["70000:80"]
                """).run("validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains(":6:13: error[E024]: `70000:80` is not a valid value for services.app.ports[0]"),
                run.err());
        assertTrue(run.err().contains("a number from 1 to 65535"), run.err());
    }
}
