package dev.gantry.lint;

import dev.gantry.support.DiagnosticListing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Mistakes with components' etcd keys, each at its line:col with a hint. */
class EtcdKeysTest {

    private static final String HEAD = """
            gantry: 1
            project:
              name: ovs
            services:
            """;
    private static final String ETCD = "  etcd:\n    use: etcd:3.5.17\n";
    private static final String DEV = "environments:\n  dev:\n    targets: [compose]\n";

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("keys without an etcd service",
                "  arakoon:\n    image: busybox:1.36\n    etcd:\n      cluster_id: ovsdb\n" + DEV);
        CASES.put("two etcd services", ETCD + "  etcd-2:\n    use: etcd:3.5.17\n"
                + "  arakoon:\n    image: busybox:1.36\n    etcd: {cluster_id: ovsdb}\n" + DEV);
        CASES.put("a reader without keys", ETCD
                + "  alba:\n    image: busybox:1.36\n    env:\n      ETCD_ENDPOINT: {ref: etcd.url}\n" + DEV);
        CASES.put("keys in an environment without compose", ETCD
                + "  arakoon:\n    image: busybox:1.36\n    etcd: {cluster_id: ovsdb}\n"
                + "environments:\n  prod:\n    targets: []\n");
        CASES.put("a key with a slash", ETCD + "  arakoon:\n    image: busybox:1.36\n    etcd:\n      a/b: x\n");
        CASES.put("a null value", ETCD + "  arakoon:\n    image: busybox:1.36\n    etcd:\n      a:\n");
        CASES.put("a list value", ETCD + "  arakoon:\n    image: busybox:1.36\n    etcd:\n      a: [x]\n");
        CASES.put("an empty level", ETCD + "  arakoon:\n    image: busybox:1.36\n    etcd:\n      a: {}\n");
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        CASES.forEach((name, yaml) -> files.put(name, HEAD + yaml));
        Approvals.verify(DiagnosticListing.of(dir, files,
                Set.of("a reader without keys", "keys in an environment without compose")));
    }
}
