package dev.gantry.targets.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.FreePort;
import dev.gantry.support.LocalServer;
import dev.gantry.support.Processes;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A real etcd (Debian's etcd-server) on 127.0.0.1, on free ports with its data in a temporary folder.
 * Its clients wait far longer than etcdctl's defaults (2 s to connect, 5 s a command), which a busy
 * 2-core machine exceeds ("context deadline exceeded"): an etcd that is slow to answer is not wrong.
 */
final class LocalEtcd extends LocalServer {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** etcdctl with the test's time limits; the seed scripts take it as their ETCDCTL. */
    static final List<String> ETCDCTL = List.of("etcdctl", "--dial-timeout=30s", "--command-timeout=60s");

    /** How long a seed script (one etcdctl per key, a few hundred keys) may take on a busy machine. */
    static final Duration SEED_TIMEOUT = Duration.ofMinutes(10);

    private final Path dir;
    private final String endpoint;

    private LocalEtcd(Path dir, String endpoint, String peer) throws Exception {
        super(List.of("etcd", "--name", "gantry-test", "--data-dir", dir.resolve("data").toString(),
                "--listen-client-urls", endpoint, "--advertise-client-urls", endpoint, "--listen-peer-urls", peer,
                "--initial-advertise-peer-urls", peer, "--initial-cluster", "gantry-test=" + peer),
                dir.resolve("etcd.log"));
        this.dir = dir;
        this.endpoint = endpoint;
    }

    static LocalEtcd start(Path dir) throws Exception {
        LocalEtcd etcd = new LocalEtcd(dir, "http://127.0.0.1:" + FreePort.get(), "http://127.0.0.1:" + FreePort.get());
        etcd.awaitReady(() -> etcd.etcdctl(Map.of(), "endpoint", "health").exit() == 0, () -> { });
        return etcd;
    }

    String endpoint() {
        return endpoint;
    }

    Processes.Result etcdctl(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(ETCDCTL);
        command.addAll(List.of("--endpoints", endpoint));
        command.addAll(List.of(args));
        return Processes.run(dir, env, null, command);
    }

    /** Runs a seed script against this etcd, its etcdctl with the test's time limits. */
    Processes.Result seed(Path script, Map<String, String> env) throws Exception {
        Map<String, String> withEtcdctl = new HashMap<>(env);
        withEtcdctl.put("ETCDCTL", String.join(" ", ETCDCTL));
        return Processes.run(script.getParent(), withEtcdctl, null,
                List.of("bash", script.toString(), "--endpoints", endpoint), SEED_TIMEOUT);
    }

    /** Every key under {@code prefix} with its value, exactly as stored. */
    Map<String, String> read(Map<String, String> env, String prefix) throws Exception {
        Processes.Result get = etcdctl(env, "get", "--prefix", prefix, "-w", "json");
        if (get.exit() != 0) {
            throw new IllegalStateException("etcdctl get failed: " + get.output());
        }
        // etcdctl may log warnings as lines of their own; the answer is the line with the header.
        String answer = get.output().lines().filter(l -> l.startsWith("{\"header\"")).findFirst().orElseThrow();
        Map<String, String> out = new LinkedHashMap<>();
        for (JsonNode kv : JSON.readTree(answer).path("kvs")) {
            out.put(decode(kv.path("key").asText()), decode(kv.path("value").asText("")));
        }
        return out;
    }

    private static String decode(String base64) {
        return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
    }
}
