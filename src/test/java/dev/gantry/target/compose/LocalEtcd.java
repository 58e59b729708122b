package dev.gantry.target.compose;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.FreePort;
import dev.gantry.support.Processes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A real etcd (Debian's etcd-server) on 127.0.0.1, on free ports with its data in a temporary
 * folder, for the seed script's integration tests. {@link #close()} stops it.
 */
final class LocalEtcd implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path dir;
    private final String endpoint;
    private final Thread stopAtExit;

    private LocalEtcd(Process process, Path dir, String endpoint) {
        this.process = process;
        this.dir = dir;
        this.endpoint = endpoint;
        this.stopAtExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    static LocalEtcd start(Path dir) throws Exception {
        String client = "http://127.0.0.1:" + FreePort.get();
        String peer = "http://127.0.0.1:" + FreePort.get();
        Process process = new ProcessBuilder("etcd", "--name", "gantry-test", "--data-dir",
                dir.resolve("data").toString(), "--listen-client-urls", client, "--advertise-client-urls", client,
                "--listen-peer-urls", peer, "--initial-advertise-peer-urls", peer,
                "--initial-cluster", "gantry-test=" + peer)
                .redirectErrorStream(true).redirectOutput(dir.resolve("etcd.log").toFile()).start();
        LocalEtcd etcd = new LocalEtcd(process, dir, client);
        try {
            etcd.awaitHealthy();
        } catch (Exception | AssertionError e) {
            etcd.close();
            throw e;
        }
        return etcd;
    }

    String endpoint() {
        return endpoint;
    }

    private void awaitHealthy() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("etcd stopped: " + log());
            }
            if (etcdctl(Map.of(), "endpoint", "health").exit() == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("etcd did not become healthy in 30 s: " + log());
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("etcd.log"), StandardCharsets.UTF_8);
    }

    Processes.Result etcdctl(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("etcdctl", "--endpoints", endpoint));
        command.addAll(List.of(args));
        return Processes.run(dir, env, null, command);
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

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }
}
