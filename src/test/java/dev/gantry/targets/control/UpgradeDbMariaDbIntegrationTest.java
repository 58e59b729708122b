package dev.gantry.targets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.LocalMariaDb;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database moved to a new major line, end to end, with real MariaDB servers (Debian's
 * mariadb-server) standing for the containers of the two versions: `gantry upgrade db:11.4` edits
 * environment.yaml and regenerates, then `./dk upgrade-db` dumps the database with the catalog's dump
 * command from the "10.11" server and imports it with the catalog's import command into the "11.4"
 * one (each run where its container would run it, by the fake docker-compose), and the rows are read
 * back. The two servers are the same MariaDB: the mechanics are those of any two versions.
 */
class UpgradeDbMariaDbIntegrationTest {

    private static final String PASSWORD = "s3cr\"et $HOME `id` x";

    @Test
    void theDataOfTheOldVersionArrivesInTheNewOne(@TempDir Path dir) throws Exception {
        Tools.require("bash");
        Tools.debianPython("yaml", "python3-yaml");
        UpgradeDbScripts scripts = new UpgradeDbScripts(dir);
        scripts.running("mariadb:10.11");
        scripts.fakes.touch("env", "MARIADB_ROOT_PASSWORD=" + PASSWORD + "\nMARIADB_DATABASE=app\n");

        try (LocalMariaDb old = LocalMariaDb.start(Files.createDirectories(dir.resolve("old")), PASSWORD);
                LocalMariaDb fresh = LocalMariaDb.start(Files.createDirectories(dir.resolve("new")), PASSWORD)) {
            old.asAdmin("""
                    CREATE DATABASE app;
                    CREATE TABLE app.customers (id INT PRIMARY KEY, email VARCHAR(200), note TEXT);
                    INSERT INTO app.customers VALUES
                      (1, 'ann@shop.example.com', 'it''s "quoted" \\\\ and $HOME `id`'),
                      (2, 'bob@example.org', 'line one\\nline two, é 日本 🚀');
                    CREATE VIEW app.emails AS SELECT email FROM app.customers;
                    """);
            old.clientsInto(scripts.fakes.state().resolve("clients/mariadb_10.11"));
            fresh.clientsInto(scripts.fakes.state().resolve("clients/mariadb_11.4"));

            CliRun upgrade = CliRun.of("upgrade", "-f", scripts.project.file().toString(), "db:11.4");
            assertEquals(0, upgrade.exit(), upgrade.out() + upgrade.err());
            assertTrue(upgrade.out().contains("run `./dk --env dev upgrade-db db`"), upgrade.out());

            Processes.Result run = scripts.dk("upgrade-db");

            assertEquals(0, run.exit(), run.output());
            assertFalse(run.output().contains(PASSWORD), "the password is never printed");
            String rows = "1\tann@shop.example.com\tit's \"quoted\" \\ and $HOME `id`\n"
                    + "2\tbob@example.org\tline one\nline two, é 日本 🚀\n";
            assertEquals(rows, fresh.asAdmin("SELECT id, email, note FROM app.customers ORDER BY id"));
            assertEquals("ann@shop.example.com\nbob@example.org\n",
                    fresh.asAdmin("SELECT email FROM app.emails ORDER BY email"));
            assertEquals(rows, old.asAdmin("SELECT id, email, note FROM app.customers ORDER BY id"),
                    "the old version's data is only read");
            assertEquals("mariadb:11.4\n", Files.readString(scripts.fakes.state().resolve("containers/shop-dev_db")));
            assertTrue(Files.exists(scripts.fakes.state().resolve("volumes/shop-dev_db-data-10.11/ibdata1")),
                    "the old volume stays");
            assertTrue(run.output().contains("docker volume rm shop-dev_db-data-10.11"), run.output());
        }
    }
}
