package dev.gantry.targets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ./dk upgrade-db against fakes that keep containers and volumes as files: the order of its steps,
 * and every case it refuses before it changes anything.
 */
class UpgradeDbScriptTest {

    @TempDir
    Path dir;
    private UpgradeDbScripts scripts;

    @BeforeEach
    void project() throws Exception {
        Tools.require("bash");
        Tools.debianPython("yaml", "python3-yaml");
        scripts = new UpgradeDbScripts(dir);
    }

    private void upgradeTo114() {
        assertEquals(0, scripts.project.write(UpgradeDbScripts.PROJECT.replace("mariadb:10.11", "mariadb:11.4"))
                .run("generate").exit());
    }

    @Test
    void dumpsFromTheOldVersionThenImportsIntoTheNewOneOnAFreshVolume() throws Exception {
        scripts.running("mariadb:10.11");
        scripts.fakes.touch("env", "MARIADB_DATABASE=app\n");
        upgradeTo114();
        Path clients = scripts.fakes.state().resolve("clients");
        for (String image : List.of("mariadb_10.11", "mariadb_11.4")) {
            scripts.fakes.touch("clients/" + image + "/mariadb-dump", "#!/bin/sh\necho \"-- dump of " + image + "\"\n");
            scripts.fakes.touch("clients/" + image + "/mariadb", "#!/bin/sh\ncase \" $* \" in *\" -e \"*) exit 0 ;;"
                    + " esac\ncat > \"$FAKE_STATE/imported-by-" + image + "\"\n");
            clients.resolve(image + "/mariadb-dump").toFile().setExecutable(true);
            clients.resolve(image + "/mariadb").toFile().setExecutable(true);
        }

        Processes.Result run = scripts.dk("upgrade-db");

        assertEquals(0, run.exit(), run.output());
        String compose = "docker-compose -f " + scripts.project.folder().resolve("docker-compose.dev.yml");
        List<String> all = scripts.calls();
        assertEquals("docker version --format {{.Server.Version}}", all.get(0), "the engine is asked first");
        List<String> calls = all.subList(1, all.size());
        assertEquals(List.of(
                "docker ps -aq --filter label=com.docker.compose.project=shop-dev"
                        + " --filter label=com.docker.compose.service=db",
                "docker inspect --format {{.Config.Image}} shop-dev_db",
                "docker volume ls -q --filter label=com.docker.compose.project=shop-dev"
                        + " --filter label=com.docker.compose.volume=db-data",
                "docker volume inspect shop-dev_db-data-10.11",
                compose + " -p shop-dev stop"), calls.subList(0, 5));
        assertTrue(calls.get(5).matches("docker-compose -f \\S+/docker-compose.dev.yml -f \\S+/old-version.yml"
                + " -p shop-dev up -d --no-deps db"), calls.get(5));
        assertEquals(List.of(
                compose + " -p shop-dev ps -q db",
                "docker inspect --format {{if .State.Health}}{{.State.Health.Status}}{{else}}{{.State.Status}}{{end}}"
                        + " shop-dev_db"), calls.subList(6, 8));
        assertTrue(calls.get(8).startsWith(compose + " -p shop-dev exec -T db sh -c exec mariadb-dump "), calls.get(8));
        assertEquals(List.of(
                compose + " -p shop-dev rm --stop --force db",
                "docker volume create shop-dev_db-data-10.11",
                "docker run --rm -v shop-dev_db-data:/from:ro -v shop-dev_db-data-10.11:/to --entrypoint sh"
                        + " mariadb:10.11 -c cp -a /from/. /to/",
                "docker volume rm shop-dev_db-data",
                compose + " -p shop-dev up -d --no-deps db",
                compose + " -p shop-dev ps -q db"), calls.subList(9, 15));
        assertTrue(calls.get(16).startsWith(compose + " -p shop-dev exec -T db sh -c mariadb "), calls.get(16));
        assertTrue(calls.get(16).endsWith(" sh app"), calls.get(16));
        assertEquals(17, calls.size(), String.join("\n", calls));

        Path state = scripts.fakes.state();
        assertEquals("-- dump of mariadb_10.11\n", Files.readString(state.resolve("imported-by-mariadb_11.4")),
                "the dump of the old version went into the new one");
        assertEquals("mariadb:11.4\n", Files.readString(state.resolve("containers/shop-dev_db")));
        assertEquals("written by mariadb:10.11",
                Files.readString(state.resolve("volumes/shop-dev_db-data-10.11/ibdata1")), "the old data stays");
        assertFalse(Files.exists(state.resolve("volumes/shop-dev_db-data/ibdata1")), "the new version starts afresh");
        assertTrue(run.output().contains("remove it: docker volume rm shop-dev_db-data-10.11"), run.output());
        assertTrue(run.output().contains("./dk --env dev start"), run.output());
        try (var left = Files.list(dir.resolve("tmp"))) {
            assertEquals(List.of(), left.toList(), "the dump is deleted");
        }
    }

    @Test
    void theOldVersionRunsWithTheRestOfTheComposeFileAsDockerComposeReadsIt() throws Exception {
        Tools.require("docker-compose");
        scripts.running("mariadb:10.11");
        scripts.fakes.touch("env", "MARIADB_DATABASE=app\n");
        upgradeTo114();
        scripts.dk("upgrade-db"); // the fake clients are missing: it stops at the dump, after the old version's `up`

        Processes.Result config = Processes.run(scripts.project.folder(), Map.of("PATH", System.getenv("PATH"),
                "DB_PASSWORD", "x", "DB_ROOT_PASSWORD", "root-password"), null, List.of("docker-compose", "-f",
                "docker-compose.dev.yml", "-f", scripts.fakes.state().resolve("override.yml").toString(), "-p",
                "shop-dev", "config"));

        assertEquals(0, config.exit(), config.output());
        assertTrue(config.output().contains("image: mariadb:10.11"), config.output());
        assertTrue(config.output().contains("MARIADB_ROOT_PASSWORD: root-password"), config.output());
        assertTrue(config.output().contains("- db-data:/var/lib/mysql:rw"), config.output());
    }

    @Test
    void withoutAContainerItAsksForTheOldVersion() throws Exception {
        upgradeTo114();
        Processes.Result run = scripts.dk("upgrade-db", "db");
        assertEquals(2, run.exit(), run.output());
        assertTrue(run.output().contains("--from mariadb:VERSION"), run.output());
        assertTrue(scripts.calls().stream().noneMatch(c -> c.contains(" stop")), "nothing stopped");
    }

    @Test
    void aContainerOfTheNewVersionHasNothingToDo() throws Exception {
        scripts.running("mariadb:10.11");
        Processes.Result run = scripts.dk("upgrade-db");
        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("db of dev already runs mariadb:10.11"), run.output());
        assertTrue(run.output().contains("--from mariadb:VERSION"), run.output());
        assertTrue(scripts.calls().stream().noneMatch(c -> c.startsWith("docker-compose")), "nothing ran");
    }

    @Test
    void refusesAnotherDatabaseOrAnExistingBackupBeforeChangingAnything() throws Exception {
        scripts.running("mariadb:10.11");
        upgradeTo114();
        Processes.Result mysql = scripts.dk("upgrade-db", "--from", "mysql:8.0");
        assertEquals(2, mysql.exit(), mysql.output());
        assertTrue(mysql.output().contains("between versions of one database"), mysql.output());

        scripts.fakes.touch("volumes/shop-dev_db-data-10.11/ibdata1", "an earlier upgrade");
        Processes.Result again = scripts.dk("upgrade-db");
        assertEquals(1, again.exit(), again.output());
        assertTrue(again.output().contains("docker volume rm shop-dev_db-data-10.11"), again.output());

        Processes.Result unknown = scripts.dk("upgrade-db", "cache");
        assertEquals(2, unknown.exit(), unknown.output());
        assertTrue(unknown.output().contains("its databases: db"), unknown.output());

        Processes.Result bad = scripts.dk("upgrade-db", "--from", "mariadb:10.11; rm -rf /");
        assertEquals(2, bad.exit(), bad.output());
        assertTrue(scripts.calls().stream().noneMatch(c -> c.startsWith("docker-compose")), "nothing ran");
        assertEquals("written by mariadb:10.11",
                Files.readString(scripts.fakes.state().resolve("volumes/shop-dev_db-data/ibdata1")));
    }
}
