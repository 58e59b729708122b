package dev.gantry.targets.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ./dk against fake docker and docker-compose: each verb issues exactly the right commands. */
class ControlScriptTest {

    private static final Path EXAMPLE = Path.of("examples", "ezplatform").toAbsolutePath();
    private static final String DEV_FILE = EXAMPLE.resolve("docker-compose.dev.yml").toString();
    private static final List<String> DEV = List.of("docker-compose", "-f", DEV_FILE, "-p", "ezshop-dev");
    /** How dk asks whether the Docker engine answers, once a run, before its first docker command. */
    private static final List<String> ENGINE = List.of("docker", "version", "--format", "{{.Server.Version}}");

    @TempDir
    Path dir;
    private FakeBin fakes;

    @BeforeEach
    void fakes() throws Exception {
        Tools.require("bash");
        fakes = new FakeBin(dir, "docker", "docker-compose");
    }

    private Processes.Result dk(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", EXAMPLE.resolve("dk").toString()));
        command.addAll(List.of(args));
        return Processes.run(dir, fakes.env(), null, command);
    }

    private static List<String> dev(String... args) {
        List<String> call = new ArrayList<>(DEV);
        call.addAll(List.of(args));
        return call;
    }

    @Test
    void helpListsEveryVerb() throws Exception {
        Processes.Result help = dk("help");
        assertEquals(0, help.exit());
        for (String verb : List.of("build", "start", "stop", "status", "logs", "shell", "exec", "commit", "destroy",
                "dump-prod", "upgrade-db")) {
            assertTrue(help.output().contains("\n  " + verb), verb);
        }
        assertTrue(help.output().contains("Environments: dev qa (default: dev)"), help.output());
    }

    @Test
    void startWithoutImagesSaysToBuildFirst() throws Exception {
        Processes.Result start = dk("start");
        assertEquals(1, start.exit());
        assertTrue(start.output().contains("not built yet: registry.example.com/acme/ezshop:app-dev"), start.output());
        assertTrue(start.output().contains("build them first: ./dk --env dev build"), start.output());
        assertTrue(fakes.calls().stream().noneMatch(c -> c.get(0).equals("docker-compose")));

        fakes.touch("images/registry.example.com_acme_ezshop:app-dev", "");
        fakes.clear();
        assertEquals(0, dk("start").exit());
        assertEquals(List.of(ENGINE, List.of("docker", "image", "inspect", "registry.example.com/acme/ezshop:app-dev"),
                dev("up", "-d")), fakes.calls());
    }

    @Test
    void simpleVerbs() throws Exception {
        assertEquals(0, dk("stop").exit());
        assertEquals(0, dk("status").exit());
        assertEquals(0, dk("logs").exit());
        assertEquals(0, dk("logs", "db").exit());
        assertEquals(0, dk("build").exit());
        assertEquals(0, dk("--env", "qa", "stop").exit());
        assertEquals(List.of(ENGINE, dev("stop"), ENGINE, dev("ps"), ENGINE, dev("logs", "-f", "--tail=100"),
                ENGINE, dev("logs", "-f", "--tail=100", "db"), ENGINE, dev("build"), ENGINE,
                List.of("docker-compose", "-f", EXAMPLE.resolve("docker-compose.qa.yml").toString(), "-p", "ezshop-qa",
                        "stop")), fakes.calls());
    }

    @Test
    void buildOfAStageGoesThroughTheStageScript() throws Exception {
        Processes.Result build = dk("build", "app:1");
        assertEquals(0, build.exit(), build.output());
        assertEquals(List.of(ENGINE, List.of("docker", "build", "-f", ".docker/app/Dockerfile.stage1", "-t",
                "registry.example.com/acme/ezshop:app-code", ".")), fakes.calls());
    }

    @Test
    void temporaryShellSaysChangesVanish() throws Exception {
        Processes.Result shell = dk("shell");
        assertEquals(0, shell.exit());
        assertTrue(shell.output().contains("changes vanish when you exit"), shell.output());
        assertTrue(shell.output().contains("./dk shell --persistent app"), shell.output());
        assertTrue(shell.output().contains("./dk commit app"), shell.output());
        assertEquals(List.of(ENGINE, dev("run", "--rm", "--entrypoint", "/bin/sh", "app")), fakes.calls());
    }

    @Test
    void persistentShellStaysAndIsReturnedTo() throws Exception {
        assertEquals(0, dk("shell", "--persistent", "web").exit());
        assertEquals(List.of(ENGINE, List.of("docker", "container", "inspect", "ezshop-dev-web-shell"),
                dev("run", "--name", "ezshop-dev-web-shell", "--entrypoint", "/bin/sh", "web")), fakes.calls());
        fakes.clear();
        assertEquals(0, dk("shell", "--persistent", "web").exit());
        assertEquals(List.of(ENGINE, List.of("docker", "container", "inspect", "ezshop-dev-web-shell"),
                List.of("docker", "start", "-ai", "ezshop-dev-web-shell")), fakes.calls());
    }

    @Test
    void execPassesTheCommandUnchanged() throws Exception {
        assertEquals(0, dk("exec", "app", "sh", "-c", "echo $HOME; `id` 'x'").exit());
        assertEquals(List.of(ENGINE, dev("exec", "app", "sh", "-c", "echo $HOME; `id` 'x'")), fakes.calls());
    }

    @Test
    void commitSnapshotsTheRunningContainer() throws Exception {
        assertEquals(1, dk("commit", "app", "v1").exit(), "not running yet");
        fakes.touch("running/app", "c0ffee\n");
        fakes.clear();
        Processes.Result commit = dk("commit", "app", "v1");
        assertEquals(0, commit.exit(), commit.output());
        assertEquals(List.of(ENGINE, dev("ps", "-q", "app"),
                List.of("docker", "commit", "c0ffee", "registry.example.com/acme/ezshop:app-v1")), fakes.calls());
    }

    @Test
    void destroyAsksFirst() throws Exception {
        Processes.Result refused = dk("destroy");
        assertEquals(2, refused.exit());
        assertTrue(refused.output().contains("pass --yes"), refused.output());
        assertEquals(List.of(), fakes.calls());
        assertEquals(0, dk("destroy", "--yes").exit());
        assertEquals(List.of(ENGINE, dev("down", "--volumes", "--remove-orphans")), fakes.calls());
    }

    @Test
    void dumpProdCopiesProductionIntoTheEnvironmentOfDk() throws Exception {
        Processes.Result dry = dk("--env", "qa", "dump-prod", "--dry-run");
        assertEquals(0, dry.exit(), dry.output());
        assertTrue(dry.output().contains("+ " + EXAMPLE.resolve("deploy/dump-prod.sh") + " --to qa --dry-run"),
                dry.output());
        assertTrue(dry.output().contains("+ docker run --rm --network host -e DUMP_PASSWORD mariadb:10.11 sh -c "),
                dry.output());
        assertTrue(dry.output().contains("+ docker-compose -f docker-compose.qa.yml -p ezshop-qa exec -T db sh -c "),
                dry.output());
        assertEquals(List.of(), fakes.calls());
        Processes.Result refused = dk("--env", "qa", "dump-prod", "--to", "prod");
        assertEquals(2, refused.exit());
        assertTrue(refused.output().contains("dump-prod only writes to dev and test environments"), refused.output());
        assertEquals(List.of(ENGINE), fakes.calls());
    }

    @Test
    void withoutAnEngineEveryVerbThatNeedsItSaysSoInOneLine() throws Exception {
        fakes.touch("engine-down", "");
        for (List<String> verb : List.of(List.of("build"), List.of("build", "app:1"), List.of("start"), List.of("stop"),
                List.of("status"), List.of("logs"), List.of("shell"), List.of("shell", "--persistent", "web"),
                List.of("exec", "app", "ls"), List.of("commit", "app", "v1"), List.of("destroy", "--yes"),
                List.of("dump-prod"))) {
            fakes.clear();
            Processes.Result run = dk(verb.toArray(String[]::new));
            assertEquals(1, run.exit(), verb + ": " + run.output());
            assertEquals("dk: the Docker engine does not answer (Cannot connect to the Docker daemon at"
                    + " unix:///var/run/docker.sock. Is the docker daemon running?): start it, or check DOCKER_HOST and"
                    + " that you may use it\n", run.err(), verb.toString());
            assertEquals("", run.out(), verb.toString());
            assertEquals(List.of(ENGINE), fakes.calls(), verb + " went on without the engine");
        }
        assertEquals(0, dk("help").exit(), "help needs no engine");
        assertEquals(0, dk("dump-prod", "--dry-run").exit(), "nor does a dry run");
    }

    @Test
    void withoutDockerItSaysWhatToInstall() throws Exception {
        Map<String, String> env = new HashMap<>(fakes.env());
        env.put("DOCKER", dir.resolve("no-such-docker").toString());
        Processes.Result start = Processes.run(dir, env, null, List.of("bash", EXAMPLE.resolve("dk").toString(), "start"));
        assertEquals(1, start.exit(), start.output());
        assertEquals("dk: " + dir.resolve("no-such-docker") + " is not installed: install Docker"
                + " (https://docs.docker.com/engine/install/), or set DOCKER\n", start.err());
    }

    @Test
    void hostileNamesAndTagsAreRejectedBeforeAnythingRuns() throws Exception {
        for (String name : List.of("$(touch pwned)", "app; rm -rf /", "`id`", "app\nweb", "../app", "")) {
            Processes.Result logs = dk("logs", name);
            assertEquals(2, logs.exit(), name + ": " + logs.output());
            assertEquals(2, dk("commit", "app", name.isEmpty() ? "bad tag" : name).exit(), name);
            assertEquals(2, dk("--env", name, "stop").exit(), name);
        }
        assertEquals(List.of(), fakes.calls());
        assertEquals(2, dk("frobnicate").exit());
    }
}
