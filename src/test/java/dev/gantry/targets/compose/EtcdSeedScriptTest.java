package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.Processes;
import dev.gantry.support.ShellCheck;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seed script's command line, without an etcd: help, dry run, a missing etcdctl, bad arguments. */
class EtcdSeedScriptTest {

    private static final Path SCRIPT = Path.of("examples", "openvstorage", "docker", "dev", "etcd", "seed.sh")
            .toAbsolutePath();

    /** Runs the script with a PATH that has cat (for --help) and no etcdctl. */
    private static Processes.Result seed(Path dir, Map<String, String> env, String... args) throws Exception {
        Tools.require("bash");
        Path cat = dir.resolve("cat");
        if (!Files.exists(cat)) {
            Files.writeString(cat, "#!/bin/sh\nexec /bin/cat \"$@\"\n");
            cat.toFile().setExecutable(true);
        }
        List<String> command = new ArrayList<>(List.of(bashPath(), SCRIPT.toString()));
        command.addAll(List.of(args));
        Map<String, String> withPath = new HashMap<>(env);
        withPath.put("PATH", dir.toString());
        return Processes.run(dir, withPath, null, command);
    }

    private static String bashPath() {
        return Path.of("/bin/bash").toFile().canExecute() ? "/bin/bash" : "/usr/bin/bash";
    }

    @Test
    void passesShellcheck() throws Exception {
        ShellCheck.assertClean(SCRIPT);
        ShellCheck.assertClean(SCRIPT.resolveSibling("../../demo/etcd/seed.sh").normalize());
    }

    @Test
    void dryRunPrintsEveryPutAndNeedsNoEtcdctl(@TempDir Path dir) throws Exception {
        Processes.Result dry = seed(dir, Map.of("ETCD_ENDPOINTS", "http://etcd.example.com:2379"), "--dry-run");
        assertEquals(0, dry.exit(), dry.output());
        List<String> lines = dry.output().lines().toList();
        assertEquals(45, lines.size(), dry.output());
        assertEquals("+ etcdctl --endpoints http://etcd.example.com:2379 put -- /ovs/arakoon-1/cluster_id ovsdb",
                lines.get(0));
        assertTrue(lines.contains("+ etcdctl --endpoints http://etcd.example.com:2379 put -- "
                + "/ovs/volumedriver-qemu/frontend/network_uri tcp://0.0.0.0:26203"), dry.output());
    }

    @Test
    void saysWhenEtcdctlIsMissing(@TempDir Path dir) throws Exception {
        Processes.Result run = seed(dir, Map.of());
        assertEquals(1, run.exit());
        assertTrue(run.output().contains("etcdctl is not installed: install etcd's client (Debian and Ubuntu: "
                + "apt-get install etcd-client)"), run.output());
    }

    @Test
    void helpAndBadArguments(@TempDir Path dir) throws Exception {
        Processes.Result help = seed(dir, Map.of(), "--help");
        assertEquals(0, help.exit());
        assertTrue(help.output().contains("Puts 45 configuration keys into etcd"), help.output());
        assertEquals(2, seed(dir, Map.of(), "--endpoints").exit());
        assertEquals(2, seed(dir, Map.of(), "--frobnicate").exit());
        Processes.Result other = seed(dir, Map.of(), "--endpoints=http://other:2379", "--dry-run");
        assertTrue(other.output().startsWith("+ etcdctl --endpoints http://other:2379 put"), other.output());
    }
}
