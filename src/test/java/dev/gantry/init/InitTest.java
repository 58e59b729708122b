package dev.gantry.init;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InitTest {

    /** Every combination of the service choices gives a file that validates and generates without a warning. */
    @Test
    void everyCombinationValidatesAndGenerates(@TempDir Path dir) throws Exception {
        int combinations = 0;
        List<String> versions = InitChoices.PHP_VERSIONS.words();
        for (String preset : InitChoices.PRESETS.words()) {
            for (String db : InitChoices.DATABASES.words()) {
                for (String cache : InitChoices.CACHES.words()) {
                    for (String httpCache : InitChoices.HTTP_CACHES.words()) {
                        for (String storage : InitChoices.STORAGES.words()) {
                            String php = versions.get(combinations % versions.size());
                            String envs = combinations % 2 == 0 ? "dev,qa,staging,prod" : "prod";
                            assertInitGenerates(dir.resolve("p" + combinations++), "--preset", preset, "--db", db,
                                    "--cache", cache, "--http-cache", httpCache, "--storage", storage, "--php", php,
                                    "--environments", envs);
                        }
                    }
                }
            }
        }
        assertEquals(216, combinations);
    }

    /** Every framework with every place production runs, with both presets' services. */
    @Test
    void everyFrameworkAndProductionValidatesAndGenerates(@TempDir Path dir) throws Exception {
        int combinations = 0;
        for (Framework framework : Framework.values()) {
            for (Production production : Production.values()) {
                String preset = combinations % 2 == 0 ? "complete" : "minimal";
                String storage = combinations % 3 == 0 ? "nfs" : "s3";
                assertInitGenerates(dir.resolve("f" + combinations++), "--framework", framework.id(), "--production",
                        production.id(), "--preset", preset, "--storage", storage, "--environments",
                        "dev,staging,prod");
            }
        }
        assertEquals(24, combinations);
    }

    private static void assertInitGenerates(Path folder, String... choices) throws Exception {
        Files.createDirectories(folder);
        String file = folder.resolve("environment.yaml").toString();
        String what = String.join(" ", choices);
        List<String> args = new ArrayList<>(List.of("init", "-f", file, "--no-interactive"));
        args.addAll(List.of(choices));
        CliRun init = CliRun.of(args.toArray(String[]::new));
        assertEquals(0, init.exit(), what + "\n" + init.err());
        CliRun generate = CliRun.of("generate", "-f", file);
        assertEquals(0, generate.exit(), what + "\n" + generate.err());
        assertTrue(generate.err().isEmpty(), what + ": no warnings expected\n" + generate.err());
    }

    @Test
    void neverOverwritesAFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("environment.yaml");
        Files.writeString(file, "mine\n");
        CliRun run = CliRun.of("init", "-f", file.toString(), "--no-interactive");
        assertEquals(4, run.exit());
        assertEquals("mine\n", Files.readString(file));
        assertFalse(Files.exists(dir.resolve(".gitignore")), "nothing else is written either");
    }

    /** The other files of the skeleton are kept when they exist, and init says so. */
    @Test
    void keepsTheFilesOfTheSkeletonThatExist(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve(".gitignore"), "/node_modules/\n");
        Files.createDirectories(dir.resolve("app"));
        Files.writeString(dir.resolve("app/composer.json"), "{\"name\": \"mine/app\"}\n");
        CliRun run = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--no-interactive");
        assertEquals(0, run.exit(), run.err());
        assertEquals("/node_modules/\n", Files.readString(dir.resolve(".gitignore")));
        assertEquals("{\"name\": \"mine/app\"}\n", Files.readString(dir.resolve("app/composer.json")));
        assertTrue(run.out().contains("Kept .gitignore: it exists, and init never overwrites a file. Add /.env to"
                + " it: .env holds the local passwords."), run.out());
        assertTrue(run.out().contains("Kept app/composer.json"), run.out());
        assertFalse(Files.exists(dir.resolve("app/public/index.php")), "app/ had code: no front controller");
        assertTrue(Files.exists(dir.resolve("docker/nginx/default.conf.template")));
    }

    @Test
    void rejectsUnknownChoices(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--db", "oracle");
        assertEquals(2, run.exit());
        assertTrue(run.err().contains("Invalid value for option '--db': oracle: choose one of mariadb, mysql,"
                + " postgresql, mongodb"), run.err());
        assertEquals(2, CliRun.of("init", "-f", dir.resolve("e.yaml").toString(), "--name", "../etc").exit());
        CliRun typo = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--framework", "symfonny");
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("Invalid value for option '--framework': symfonny: did you mean symfony?"
                + " choose one of php, symfony,"),
                typo.err());
        CliRun old = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--framework", "drupal",
                "--php", "8.2");
        assertEquals(2, old.exit());
        assertTrue(old.err().contains("--php 8.2: Drupal needs PHP 8.3 or later"), old.err());
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written");
        }
    }

    /** Other names of an answer are taken as it: postgres for postgresql, ez for Ibexa, aws for ECS. */
    @Test
    void acceptsOtherNamesOfAnAnswer(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--no-interactive",
                "--db", "postgres", "--framework", "ez", "--production", "aws", "--preset", "full");
        assertEquals(0, run.exit(), run.err());
        String yaml = Files.readString(dir.resolve("environment.yaml"));
        assertTrue(yaml.contains("use: postgresql:16"), yaml);
        assertTrue(yaml.contains("(Ibexa DXP (eZ Platform)), described once"), yaml);
        assertTrue(yaml.contains("targets: [ecs, pipelines]"), yaml);
        assertTrue(yaml.contains("use: solr:9.7"), "full is complete");
    }

    /** Files are readable by all, as git and the images' users need them, not private to the user. */
    @Test
    void writesFilesReadableByAll(@TempDir Path dir) throws Exception {
        CliRun run = CliRun.of("init", "-f", dir.resolve("environment.yaml").toString(), "--no-interactive",
                "--preset", "complete");
        assertEquals(0, run.exit(), run.err());
        List<String> written = List.of("environment.yaml", ".gitignore", ".dockerignore", "README.md",
                "docker/nginx/default.conf.template", "app/composer.json", "app/public/index.php",
                "app/src/ServiceCheck.php", "app/bin/worker.php", ".gitattributes");
        for (String path : written) {
            assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve(path))),
                    path);
        }
        assertTrue(run.out().startsWith("Wrote " + String.join(", ", written) + ".\n"), run.out());
    }

    /** A skeleton for GitHub: .env ignored, the workflows when production is chosen, a README with the commands. */
    @Test
    void writesWhatARepositoryNeeds(@TempDir Path dir) throws Exception {
        Path withProd = Files.createDirectories(dir.resolve("with-prod"));
        assertEquals(0, CliRun.of("init", "-f", withProd.resolve("environment.yaml").toString(), "--no-interactive")
                .exit());
        assertTrue(Files.readAllLines(withProd.resolve(".gitignore")).contains("/.env"));
        String readme = Files.readString(withProd.resolve("README.md"));
        assertTrue(readme.contains("gantry generate") && readme.contains("./dk build && ./dk start"), readme);
        assertTrue(Files.readString(withProd.resolve("environment.yaml")).contains("\npipelines:\n"));
        assertEquals(0, CliRun.of("generate", "-f", withProd.resolve("environment.yaml").toString()).exit());
        for (String workflow : List.of("base-image.yml", "branch.yml", "main.yml")) {
            assertTrue(Files.exists(withProd.resolve(".github/workflows").resolve(workflow)), workflow);
        }

        Path devOnly = Files.createDirectories(dir.resolve("dev-only"));
        assertEquals(0, CliRun.of("init", "-f", devOnly.resolve("environment.yaml").toString(), "--no-interactive",
                "--environments", "dev").exit());
        assertFalse(Files.readString(devOnly.resolve("environment.yaml")).contains("\npipelines:"));
    }

    /** The "Next:" lines as they work when typed: into the folder, and a framework's installer into app/. */
    @Test
    void nextLinesWorkAsPrinted(@TempDir Path dir) throws Exception {
        Path folder = dir.resolve("my shop");
        CliRun run = CliRun.of("init", "-f", folder.resolve("environment.yaml").toString(), "--no-interactive",
                "--framework", "symfony", "--preset", "complete");
        assertEquals(0, run.exit(), run.err());
        List<String> next = run.out().lines().dropWhile(line -> !line.equals("Next:")).skip(1)
                .map(String::strip).toList();
        assertEquals("cd '" + folder + "'", next.get(0));
        assertTrue(next.get(1).startsWith("mkdir -p app && docker run --rm --user \"$(id -u):$(id -g)\""
                + " -v \"$PWD/app:/app\" composer:2.8 create-project --ignore-platform-reqs symfony/skeleton ."),
                next.get(1));
        assertTrue(next.get(2).endsWith("composer:2.8 require --ignore-platform-reqs webapp"), next.get(2));
        assertTrue(next.get(3).startsWith("gantry generate "), next.get(3));
        assertTrue(next.get(4).startsWith("cp .env.example .env "), next.get(4));
        assertTrue(next.get(5).startsWith("./dk build && ./dk start "), next.get(5));
        assertTrue(Files.readString(folder.resolve("README.md")).contains(next.get(1)), "the README has them too");
        assertFalse(Files.exists(folder.resolve("app/composer.json")), "Symfony's installer writes it");
    }

    @Test
    void asksOnATerminalShowingTheDefaults(@TempDir Path dir) throws Exception {
        // name, preset, framework, db (a wrong answer first), cache, http cache, storage, php, environments,
        // where prod runs
        String answers = String.join("\n", "shop", "complete", "", "oracle", "postgres", "", "", "nfs", "",
                "dev,prod", "") + "\n";
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
                "Framework or CMS (php, symfony, laravel, drupal, shopware, ibexa) [php]: ",
                "Database (mariadb, mysql, postgresql, mongodb) [mariadb]: ", "choose one of mariadb,",
                "HTTP cache (varnish, disk, none) [varnish]: ", "File storage (s3, nfs, none) [s3]: ",
                "Production runs on (compose, docker-machine, ecs, platformsh) [compose]: "));
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
