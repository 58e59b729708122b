package dev.gantry.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {

    /** Every combination of choices gives a file that validates and generates. */
    @Test
    void everyCombinationValidatesAndGenerates(@TempDir Path dir) throws Exception {
        int combinations = 0;
        for (String preset : InitChoices.PRESETS) {
            for (String db : InitChoices.DATABASES) {
                for (String cache : InitChoices.CACHES) {
                    for (String httpCache : InitChoices.HTTP_CACHES) {
                        for (String storage : InitChoices.STORAGES) {
                            String php = InitChoices.PHP_VERSIONS.get(combinations % InitChoices.PHP_VERSIONS.size());
                            String envs = combinations % 2 == 0 ? "dev,qa,staging,prod" : "prod";
                            Path folder = Files.createDirectories(dir.resolve("p" + combinations++));
                            String file = folder.resolve("environment.yaml").toString();
                            String what = String.join(" ", preset, db, cache, httpCache, storage, php, envs);
                            CliRun init = CliRun.of("init", "-f", file, "--no-interactive", "--preset", preset,
                                    "--db", db, "--cache", cache, "--http-cache", httpCache, "--storage", storage,
                                    "--php", php, "--environments", envs);
                            assertEquals(0, init.exit(), what + "\n" + init.err());
                            CliRun generate = CliRun.of("generate", "-f", file);
                            assertEquals(0, generate.exit(), what + "\n" + generate.err());
                            assertTrue(generate.err().isEmpty(), what + ": no warnings expected\n" + generate.err());
                        }
                    }
                }
            }
        }
        assertEquals(216, combinations);
    }

    @Test
    void neverOverwritesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("environment.yaml");
        Files.writeString(file, "mine\n");
        CliRun run = CliRun.of("init", "-f", file.toString(), "--no-interactive");
        assertEquals(4, run.exit());
        assertEquals("mine\n", Files.readString(file));
    }

    @Test
    void rejectsUnknownChoices(@TempDir Path dir) {
        CliRun run = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--db", "oracle");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("--db oracle: choose one of mariadb, mysql, postgresql, mongodb"), run.err());
        assertEquals(2, CliRun.of("init", "-f", dir.resolve("e.yaml").toString(), "--name", "../etc").exit());
        assertTrue(Files.notExists(dir.resolve("environment.yaml")));
    }

    @Test
    void asksOnATerminalShowingTheDefaults(@TempDir Path dir) throws Exception {
        // name, preset, db (a wrong answer first), cache, http cache, storage, php, environments
        String answers = String.join("\n", "shop", "complete", "oracle", "postgresql", "", "", "nfs", "", "dev,prod")
                + "\n";
        InputStream stdin = System.in;
        CliRun run;
        try {
            System.setIn(new ByteArrayInputStream(answers.getBytes(StandardCharsets.UTF_8)));
            run = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--interactive");
        } finally {
            System.setIn(stdin);
        }
        assertEquals(0, run.exit(), run.err());
        List<String> prompts = new ArrayList<>(List.of("Project name [", "Preset (minimal, complete) [minimal]: ",
                "Database (mariadb, mysql, postgresql, mongodb) [mariadb]: ", "please answer one of",
                "HTTP cache (varnish, disk, none) [varnish]: ", "File storage (s3, nfs, none) [s3]: "));
        for (String prompt : prompts) {
            assertTrue(run.out().contains(prompt), prompt + "\n" + run.out());
        }
        String yaml = Files.readString(dir.resolve("environment.yaml"));
        assertTrue(yaml.contains("name: shop"));
        assertTrue(yaml.contains("use: postgresql:16"));
        assertTrue(yaml.contains("use: redis:7.2"), "the default cache");
        assertTrue(yaml.contains("use: varnish:7.6"), "complete's default HTTP cache");
        assertTrue(yaml.contains("kind: nfs"));
        assertTrue(yaml.contains("  dev:") && yaml.contains("  prod:") && !yaml.contains("  qa:"));
    }
}
