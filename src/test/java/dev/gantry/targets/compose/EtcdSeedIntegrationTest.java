package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.model.Project;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.ShellCheck;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The generated seed script against a real etcd (Debian's etcd-server and etcd-client) started on
 * 127.0.0.1 by the test: every key arrives with its exact value, and a second run leaves the same
 * state; with the root password, it turns authentication on, and then etcd refuses a client without
 * a login.
 */
class EtcdSeedIntegrationTest {

    private static final Path EXAMPLE = Path.of("examples", "openvstorage").toAbsolutePath();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path etcdDir;
    private static LocalEtcd etcd;

    @BeforeAll
    static void startEtcd() throws Exception {
        Tools.require("bash");
        Tools.require("etcd");
        Tools.require("etcdctl");
        etcd = LocalEtcd.start(etcdDir);
    }

    @AfterAll
    static void stopEtcd() throws Exception {
        if (etcd != null) {
            etcd.close();
        }
    }

    @Test
    void seedsTheExampleAndASecondRunLeavesTheSameState() throws Exception {
        Project project = Compiler.compile(EXAMPLE.resolve("environment.yaml"), "environment.yaml",
                Options.validateOnly()).project().orElseThrow();
        Map<String, String> expected = new LinkedHashMap<>();
        EtcdSeed.of(project, project.environments().get("dev")).orElseThrow().keys()
                .forEach(k -> expected.put(k.key(), k.value()));
        assertEquals(45, expected.size());
        Path script = EXAMPLE.resolve("docker/dev/etcd/seed.sh");

        Processes.Result first = etcd.seed(script, Map.of());
        assertEquals(0, first.exit(), first.output());
        assertTrue(first.output().contains("put 45 keys into " + etcd.endpoint()), first.output());
        Map<String, String> stored = etcd.read(Map.of(), "/ovs/");
        assertEquals(new TreeMap<>(expected), new TreeMap<>(stored));
        String listing = etcd.etcdctl(Map.of(), "get", "--prefix", "/ovs/").output();

        Processes.Result second = etcd.seed(script, Map.of());
        assertEquals(0, second.exit(), second.output());
        assertEquals(stored, etcd.read(Map.of(), "/ovs/"));
        assertEquals(listing, etcd.etcdctl(Map.of(), "get", "--prefix", "/ovs/").output());
    }

    /** What a busy machine does to etcd: it stalls longer than etcdctl's default 5 s, and the seed waits it out. */
    @Test
    void aSeedWaitsOutAnEtcdThatStalls() throws Exception {
        Path script = EXAMPLE.resolve("docker/dev/etcd/seed.sh");
        etcd.stall(Duration.ofSeconds(8));
        Processes.Result seeded = etcd.seed(script, Map.of());
        assertEquals(0, seeded.exit(), seeded.output());
        assertEquals(45, etcd.read(Map.of(), "/ovs/").size());
    }

    @Test
    void hostileValuesArriveAsTheyAre(@TempDir Path dir) throws Exception {
        List<String> values = new ArrayList<>(HostileStrings.FIXED);
        values.addAll(HostileStrings.random(20261121L, 200));
        // environment.yaml as JSON, which YAML 1.2 reads as is: the input holds exactly these strings.
        ObjectNode root = JSON.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "hostile");
        ObjectNode services = root.putObject("services");
        services.putObject("etcd").put("use", "etcd:3.5.17");
        ObjectNode keys = services.putObject("component").put("image", "busybox:1.36").putObject("etcd");
        Map<String, String> expected = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            keys.putObject("k" + i).put("-.v", values.get(i));
            expected.put("/hostile/component/k" + i + "/-.v", values.get(i));
        }
        root.putObject("environments").putObject("dev").putArray("targets").add("compose");
        Files.writeString(dir.resolve("environment.yaml"), JSON.writeValueAsString(root));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());
        Path script = dir.resolve("docker/dev/etcd/seed.sh");
        ShellCheck.assertClean(script);

        Processes.Result seeded = etcd.seed(script, Map.of());
        assertEquals(0, seeded.exit(), seeded.output());
        Map<String, String> stored = etcd.read(Map.of(), "/hostile/");
        assertEquals(new TreeMap<>(expected).keySet(), new TreeMap<>(stored).keySet());
        expected.forEach((key, value) -> assertEquals(value, stored.get(key), key));
    }

    @Test
    void turnsAuthenticationOnWithTheRootPassword(@TempDir Path dir) throws Exception {
        String password = "r00t-p@ss'w\"rd$HOME`id`:x\\";
        Path script = EXAMPLE.resolve("docker/dev/etcd/seed.sh");
        try (LocalEtcd fresh = LocalEtcd.start(dir)) {
            List<String> command = List.of("bash", script.toString(), "--endpoints", fresh.endpoint());
            Map<String, String> root = Map.of("ETCDCTL_USER", "root:" + password);
            Processes.Result first = Processes.run(dir, Map.of("ETCD_ROOT_PASSWORD", password), null, command);
            assertEquals(0, first.exit(), first.output());
            assertTrue(!first.output().contains(password), "the password is never printed");
            assertNotEquals(0, fresh.etcdctl(Map.of(), "get", "/ovs/arakoon-1/cluster_id").exit(),
                    "etcd refuses a client without a login");
            assertNotEquals(0, fresh.etcdctl(Map.of("ETCDCTL_USER", "root:wrong"), "get", "/ovs/").exit(),
                    "etcd refuses a wrong password");
            assertEquals(45, fresh.read(root, "/ovs/").size());
            assertEquals("ovsdb", fresh.read(root, "/ovs/").get("/ovs/arakoon-2/cluster_id"));
            // The catalog's health check answers without a login.
            assertEquals(0, fresh.etcdctl(Map.of(), "endpoint", "status").exit());

            Processes.Result second = Processes.run(dir, Map.of("ETCD_ROOT_PASSWORD", password), null, command);
            assertEquals(0, second.exit(), second.output());
            assertEquals(45, fresh.read(root, "/ovs/").size());

            Processes.Result wrong = Processes.run(dir, Map.of("ETCD_ROOT_PASSWORD", "not-it"), null, command);
            assertEquals(1, wrong.exit(), wrong.output());
            assertTrue(wrong.output().contains("root's password is not ETCD_ROOT_PASSWORD"), wrong.output());
            Processes.Result blank = Processes.run(dir, Map.of("ETCD_ROOT_PASSWORD", "two words"), null, command);
            assertEquals(2, blank.exit(), blank.output());
            assertTrue(blank.output().contains("ETCD_ROOT_PASSWORD holds a blank"), blank.output());
        }
    }

    @Test
    void credentialsComeFromTheEnvironment(@TempDir Path dir) throws Exception {
        String password = "p@ss w'o\"rd $HOME `id`:x";
        Path script = EXAMPLE.resolve("docker/demo/etcd/seed.sh");
        try (LocalEtcd secured = LocalEtcd.start(dir)) {
            for (List<String> args : List.of(List.of("role", "add", "root"), List.of("user", "add", "root:" + password),
                    List.of("user", "grant-role", "root", "root"), List.of("auth", "enable"))) {
                Processes.Result r = secured.etcdctl(Map.of(), args.toArray(String[]::new));
                assertEquals(0, r.exit(), args + ": " + r.output());
            }
            assertNotEquals(0, secured.seed(script, Map.of()).exit(), "etcd refuses a client without a login");
            Processes.Result half = secured.seed(script, Map.of("ETCD_USER", "root"));
            assertEquals(1, half.exit());
            assertTrue(half.output().contains("ETCD_USER is set, but ETCD_PASSWORD is not"), half.output());

            Processes.Result seeded = secured.seed(script, Map.of("ETCD_USER", "root", "ETCD_PASSWORD", password));
            assertEquals(0, seeded.exit(), seeded.output());
            assertTrue(!seeded.output().contains(password), "the password is never printed");
            Map<String, String> stored = secured.read(Map.of("ETCDCTL_USER", "root:" + password), "/ovs/");
            assertEquals("ovsdb", stored.get("/ovs/arakoon-2/cluster_id"));
            assertEquals(45, stored.size());
        }
    }
}
