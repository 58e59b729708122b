package dev.gantry.targets.compose;

import dev.gantry.support.DiagnosticListing;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Catalog and compose mistakes, each at its line:col with a hint. */
class ComposeDiagnosticsTest {

    private static final String HEAD = """
            gantry: 1
            project:
              name: shop
            secrets:
              APP_SECRET: {}
            services:
            """;

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("unknown catalog kind", "  db:\n    use: mariadd:10.11\n");
        CASES.put("unsupported version", "  db:\n    use: mariadb:10.3\n");
        CASES.put("full version needed", "  etcd:\n    use: etcd:3.5\n");
        CASES.put("literal secret", "  app:\n    image: php:8.3-fpm\n    env:\n      DB_PASSWORD: hunter2\n");
        CASES.put("cache not in front of anything", "  cache:\n    use: varnish:7.6\n");
        CASES.put("unknown connection field",
                "  db:\n    use: mariadb:10.11\n  app:\n    image: php:8.3-fpm\n    env:\n      DB: {ref: db.uri}\n");
        CASES.put("setting that does not apply", "  db:\n    use: mariadb:10.11\n    config:\n      vcl: x.vcl\n");
        CASES.put("replicas with a published port",
                "  web:\n    image: nginx:1.27.3\n    ports: [\"80:80\"]\n    replicas: 2\n"
                        + "environments:\n  prod:\n    targets: [compose]\n");
        CASES.put("undeclared secret", "  app:\n    image: php:8.3-fpm\n    secrets: [APP_SECRT]\n");
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) {
        Map<String, String> files = new LinkedHashMap<>();
        CASES.forEach((name, services) -> files.put(name, HEAD + services));
        Approvals.verify(DiagnosticListing.of(dir, files, Set.of("setting that does not apply")));
    }
}
