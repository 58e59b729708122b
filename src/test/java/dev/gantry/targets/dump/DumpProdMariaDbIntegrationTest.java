package dev.gantry.targets.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.support.CliRun;
import dev.gantry.support.FakeBin;
import dev.gantry.support.LocalMariaDb;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dump-prod against a real MariaDB (Debian's mariadb-server) started on 127.0.0.1 by the test: the
 * generated script dumps a "prod" database with the catalog's dump command, sanitises it, and
 * imports it with the catalog's import command into a "dev" database, each run where the
 * container would run it (a docker-compose stand-in executes `exec` commands here, with the
 * container's MARIADB_* variables); the rows are read back.
 */
class DumpProdMariaDbIntegrationTest {

    private static final String PASSWORD = "s3cr\"et $HOME `id` x";

    @Test
    void importsTheDumpOfProdIntoDev(@TempDir Path dir) throws Exception {
        Tools.require("bash");
        Path project = Files.createDirectories(dir.resolve("project"));
        Files.writeString(project.resolve("environment.yaml"), """
                gantry: 1
                project:
                  name: shop
                services:
                  db:
                    use: mariadb:10.11
                environments:
                  dev:
                    targets: [compose]
                  prod:
                    targets: [compose]
                    dump:
                      sanitize: sed -E 's/[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[a-z]{2,}/user@example.com/g'
                """);
        CliRun generate = CliRun.of("generate", "-f", project.resolve("environment.yaml").toString());
        assertEquals(0, generate.exit(), generate.err());

        try (LocalMariaDb server = LocalMariaDb.start(Files.createDirectories(dir.resolve("mariadb")), PASSWORD)) {
            server.asAdmin("""
                    CREATE DATABASE proddb;
                    CREATE TABLE proddb.customers (id INT PRIMARY KEY, email VARCHAR(200), note TEXT);
                    INSERT INTO proddb.customers VALUES
                      (1, 'ann@shop.example.com', 'it''s "quoted" \\\\ and $HOME `id`'),
                      (2, 'bob@example.org', 'line one\\nline two, é 日本 🚀');
                    CREATE DATABASE devdb;
                    CREATE TABLE devdb.stale (x INT);
                    """);
            FakeBin fakes = new FakeBin(dir.resolve("fakes"));
            Path bin = dir.resolve("fakes/bin");
            Files.copy(Path.of("src/test/resources/dump/docker-compose"), bin.resolve("docker-compose"));
            bin.resolve("docker-compose").toFile().setExecutable(true);
            server.clientsInto(bin);
            fakes.touch("env/shop-prod", "MARIADB_ROOT_PASSWORD=" + PASSWORD + "\nMARIADB_DATABASE=proddb\n");
            fakes.touch("env/shop-dev", "MARIADB_ROOT_PASSWORD=" + PASSWORD + "\nMARIADB_DATABASE=devdb\n");
            Map<String, String> env = new HashMap<>(fakes.env());
            env.put("TMPDIR", Files.createDirectories(dir.resolve("tmp")).toString());

            Processes.Result run = Processes.run(project, env, null,
                    List.of("bash", project.resolve("deploy/dump-prod.sh").toString()));
            assertEquals(0, run.exit(), run.output());
            assertFalse(run.output().contains(PASSWORD), "the password is never printed");

            assertEquals("customers\n", server.asAdmin("SHOW TABLES FROM devdb"), "the old dev tables are gone");
            assertEquals("1\tuser@example.com\tit's \"quoted\" \\ and $HOME `id`\n"
                            + "2\tuser@example.com\tline one\nline two, é 日本 🚀\n",
                    server.asAdmin("SELECT id, email, note FROM devdb.customers ORDER BY id"));
            assertEquals("ann@shop.example.com\nbob@example.org\n",
                    server.asAdmin("SELECT email FROM proddb.customers ORDER BY id"), "prod is only read");
            try (var left = Files.list(dir.resolve("tmp"))) {
                assertEquals(List.of(), left.toList(), "the raw dump is deleted");
            }
        }
    }
}
