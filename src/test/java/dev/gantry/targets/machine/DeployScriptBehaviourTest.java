package dev.gantry.targets.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.Tools;
import dev.gantry.support.Processes;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated deploy script, run by bash against fake docker-machine and docker-compose
 * executables that record their calls and keep machine state.
 */
class DeployScriptBehaviourTest {

    private static final List<String> CREATE_PROD = List.of("docker-machine", "create", "--driver", "amazonec2",
            "--amazonec2-region", "eu-central-1", "--amazonec2-instance-type", "t3.small",
            "--amazonec2-ami", "ami-0123456789abcdef0", "--amazonec2-security-group-readonly");

    private FakeMachines fake;

    @BeforeEach
    void generate(@TempDir Path dir) {
        Tools.require("bash");
        fake = new FakeMachines(dir, Inputs.TWO_MACHINES).generate();
    }

    @Test
    void firstRunCreatesEachMachineThenDeploysOnEach() {
        Processes.Result run = fake.deploy("prod");

        assertEquals(0, run.exit(), run.output());
        List<String> compose = List.of("docker-compose", "-f", "docker-compose.prod.yml", "-p", "shop-prod");
        assertEquals(List.of(
                List.of("docker-machine", "inspect", "shop-prod-1"),
                with(CREATE_PROD, "shop-prod-1"),
                List.of("docker-machine", "inspect", "shop-prod-2"),
                with(CREATE_PROD, "shop-prod-2"),
                List.of("docker-machine", "env", "--shell", "bash", "shop-prod-1"),
                with(compose, "pull"),
                with(compose, "up", "-d"),
                List.of("docker-machine", "env", "--shell", "bash", "shop-prod-2"),
                with(compose, "pull"),
                with(compose, "up", "-d")), fake.calls());
        String certs = fake.state() + "/certs $(touch " + fake.state() + "/evaluated)/shop-prod-2";
        assertEquals(List.of("tcp://192.0.2.10:2376", certs, "1", "shop-prod-2"), fake.engines().get(3));
        assertFalse(fake.evaluated(), "the output of docker-machine env must be parsed, never evaluated");
    }

    @Test
    void secondRunCreatesNothing() {
        assertEquals(0, fake.deploy("prod").exit());
        fake.forgetCalls();

        Processes.Result again = fake.deploy("prod");

        assertEquals(0, again.exit(), again.output());
        assertEquals(List.of(), fake.calls("docker-machine", "create"));
        assertEquals(List.of(), fake.calls("docker-machine", "start"));
        assertEquals(List.of(), fake.calls("docker-machine", "regenerate-certs"));
        assertEquals(2, fake.calls("docker-compose").stream().filter(c -> c.contains("up")).count());
        assertFalse(again.output().contains("warning"), again.output());
    }

    @Test
    void stoppedMachineIsStarted() {
        Processes.Result run = rerunAfter("prod", "shop-prod-2", "state", "Stopped");

        assertEquals(0, run.exit(), run.output());
        assertEquals(List.of(List.of("docker-machine", "start", "shop-prod-2")), fake.calls("docker-machine", "start"));
        assertEquals(List.of(), fake.calls("docker-machine", "create"));
    }

    @Test
    void driftIsReportedAndNotApplied() {
        Processes.Result run = rerunAfter("prod", "shop-prod-1", "amazonec2-instance-type", "t3.large");

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().contains("warning: machine shop-prod-1 has instance_type 't3.large', but environment.yaml"
                + " says 't3.small'; the machine is left as it is"), run.output());
        assertTrue(run.output().contains("1 setting(s) of existing machines differ from environment.yaml"), run.output());
        assertEquals(List.of(List.of("docker-machine", "inspect", "--format", "{{.Driver.InstanceType}}",
                "shop-prod-1")), fake.calls("docker-machine", "inspect", "--format", "{{.Driver.InstanceType}}")
                .subList(0, 1));
        assertEquals(List.of(), fake.calls("docker-machine", "create"));
        assertEquals(List.of(), fake.calls("docker-machine", "rm"));
    }

    @Test
    void anotherStateStopsBeforeAnythingIsDeployed() {
        Processes.Result run = rerunAfter("prod", "shop-prod-2", "state", "Error");

        assertEquals(1, run.exit());
        assertTrue(run.output().contains("machine shop-prod-2 is in state 'Error', not Running or Stopped"), run.output());
        assertEquals(List.of(), fake.calls("docker-compose"));
    }

    @Test
    void failingEnvRegeneratesCertificatesAndRetriesOnce() {
        Processes.Result run = rerunAfter("prod", "shop-prod-1", "stale-certs", "");

        assertEquals(0, run.exit(), run.output());
        List<List<String>> machine1 = fake.calls().stream().filter(c -> c.get(c.size() - 1).equals("shop-prod-1"))
                .filter(c -> c.get(1).equals("env") || c.get(1).equals("regenerate-certs")).toList();
        assertEquals(List.of(
                List.of("docker-machine", "env", "--shell", "bash", "shop-prod-1"),
                List.of("docker-machine", "regenerate-certs", "-f", "shop-prod-1"),
                List.of("docker-machine", "env", "--shell", "bash", "shop-prod-1")), machine1);
        assertEquals(4, fake.calls("docker-compose").size());
    }

    @Test
    void envThatStillFailsStops() {
        Processes.Result run = rerunAfter("prod", "shop-prod-1", "env-broken", "");

        assertEquals(1, run.exit());
        assertTrue(run.output().contains("docker-machine env shop-prod-1 still fails after regenerating its certificates"),
                run.output());
        assertEquals(1, fake.calls("docker-machine", "regenerate-certs").size());
        assertEquals(List.of(), fake.calls("docker-compose"));
    }

    @Test
    void dryRunRunsNothingAndPrintsEachCommand() {
        Processes.Result run = fake.deploy("prod", "--dry-run");

        assertEquals(0, run.exit(), run.output());
        assertEquals(List.of(), fake.calls());
        assertTrue(run.output().contains("+ docker-machine create --driver amazonec2 --amazonec2-region eu-central-1"
                + " --amazonec2-instance-type t3.small --amazonec2-ami ami-0123456789abcdef0"
                + " --amazonec2-security-group-readonly shop-prod-2\n"), run.output());
        assertTrue(run.output().contains("+ docker-machine env --shell bash shop-prod-1\n"
                + "+ docker-compose -f docker-compose.prod.yml -p shop-prod pull\n"
                + "+ docker-compose -f docker-compose.prod.yml -p shop-prod up -d\n"), run.output());
    }

    @Test
    void helpPrintsUsageAndRunsNothing() {
        Processes.Result run = fake.deploy("prod", "--help");

        assertEquals(0, run.exit(), run.output());
        assertTrue(run.output().startsWith("Usage: "), run.output());
        assertTrue(run.output().contains("shop-prod-1 shop-prod-2"), run.output());
        assertEquals(List.of(), fake.calls());
        assertEquals(2, fake.deploy("prod", "--force").exit());
    }

    @Test
    void existingHostThatIsDownIsNotStarted() {
        Processes.Result run = rerunAfter("qa", "shop-qa", "state", "Stopped");

        assertEquals(1, run.exit());
        assertTrue(run.output().contains("machine shop-qa does not answer on its SSH port"), run.output());
        assertEquals(List.of(), fake.calls("docker-machine", "start"));
    }

    @Test
    void missingComposeFileStopsBeforeAnyMachineWork(@TempDir Path dir) {
        FakeMachines bare = new FakeMachines(dir, Inputs.withoutCompose(Inputs.TWO_MACHINES)).generate();

        Processes.Result run = bare.deploy("prod");

        assertEquals(1, run.exit());
        assertTrue(run.output().contains("docker-compose.prod.yml is missing"), run.output());
        assertEquals(List.of(), bare.calls());
    }

    /** Runs the environment's script once, changes one file of a machine's state, and runs it again. */
    private Processes.Result rerunAfter(String environment, String machine, String file, String content) {
        assertEquals(0, fake.deploy(environment).exit());
        fake.machineFile(machine, file, content);
        fake.forgetCalls();
        return fake.deploy(environment);
    }

    private static List<String> with(List<String> head, String... tail) {
        List<String> out = new java.util.ArrayList<>(head);
        out.addAll(List.of(tail));
        return out;
    }
}
