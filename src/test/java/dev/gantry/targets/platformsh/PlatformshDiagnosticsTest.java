package dev.gantry.targets.platformsh;

import dev.gantry.support.DiagnosticListing;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What Platform.sh cannot carry, each at its line:col with a hint; errors write nothing. */
class PlatformshDiagnosticsTest {

    private static final String HEAD = PlatformshProjects.HEAD + """
            services:
              app:
                image: app
                depends_on: [db]
                env:
                  DATABASE_URL: {ref: db.url}
                  APP_SECRET: {secret: APP_SECRET}
              db:
                use: mariadb:10.11
            """;

    private static final String PLATFORM = PlatformshProjects.PLATFORM + PlatformshProjects.APP;

    private static final Map<String, String> CASES = new LinkedHashMap<>();

    static {
        CASES.put("a version Platform.sh does not offer",
                HEAD.replace("use: mariadb:10.11", "use: mariadb:11.8") + PLATFORM);
        CASES.put("a relationship to a service that does not exist",
                HEAD + PLATFORM + "          relationships: {database: dbx}\n");
        CASES.put("an endpoint the service does not have",
                HEAD + PLATFORM + "          relationships: {database: \"db:reader\"}\n");
        CASES.put("two environments claiming Platform.sh",
                HEAD + PLATFORM + "  staging:\n    targets: [compose, platformsh]\n");
        CASES.put("a kind Platform.sh cannot run",
                HEAD + "  mail:\n    use: mailpit:1.27.0\n" + PLATFORM);
        CASES.put("a published image",
                HEAD + "  web:\n    image: nginx:1.27.3\n    depends_on: [app]\n" + PLATFORM);
        CASES.put("a service with no place",
                HEAD + "  helper:\n    image: app\n" + PLATFORM);
        CASES.put("no such application",
                HEAD + PLATFORM.replace("    platformsh:\n", "    platformsh:\n      app: ap\n"));
        CASES.put("a runtime Gantry cannot tell",
                HEAD.replace("php:8.3-fpm-bookworm", "debian:bookworm-slim") + PLATFORM);
        CASES.put("a runtime version Platform.sh does not offer",
                HEAD.replace("php:8.3-fpm-bookworm", "php:7.1-fpm") + PLATFORM);
        CASES.put("a mount outside the working directory",
                HEAD.replace("    depends_on: [db]\n", "    depends_on: [db]\n    volumes: [\"cache:/tmp/cache\"]\n")
                        + PLATFORM + "          disk: 1GB\n");
        CASES.put("local mounts without a disk",
                HEAD.replace("    depends_on: [db]\n",
                        "    depends_on: [db]\n    volumes: [\"cache:/app/var/cache\"]\n")
                        + PLATFORM);
        CASES.put("an HTTP cache in front of a database",
                HEAD + "  varnish:\n    use: varnish:7.6\n    in_front_of: db\n" + PLATFORM);
        CASES.put("a VCL written for a container",
                HEAD + "  varnish:\n    use: varnish:7.6\n    in_front_of: app\n    config: {vcl: docker.vcl}\n"
                        + PLATFORM);
        CASES.put("a cron more often than every five minutes",
                HEAD + PLATFORM + "          crons:\n            often: {spec: \"*/2 * * * *\", command: php cron.php}\n");
        CASES.put("worker settings for a service that is no worker",
                HEAD + "  consumer:\n    image: app\n    command: php consume.php\n" + PLATFORM
                        + "          workers:\n            consumr: {disk: 1GB}\n");
        CASES.put("disk written on a worker service",
                HEAD + "  consumer:\n    image: app\n    command: php consume.php\n    disk: 1GB\n" + PLATFORM);
        CASES.put("a shared volume without a size",
                HEAD.replace("    depends_on: [db]\n", "    depends_on: [db]\n    volumes: [\"media:/app/media\"]\n")
                        + "  consumer:\n    image: app\n    command: php consume.php\n"
                        + "    volumes: [\"media:/app/media\"]\n" + PLATFORM);
        CASES.put("Solr settings on a database and a configset outside .platform",
                HEAD.replace("    use: mariadb:10.11\n", "    use: mariadb:10.11\n    platformsh: {maxmemory_policy: "
                        + "allkeys-lru}\n") + "  search:\n    use: solr:9.6\n    platformsh:\n"
                        + "      configsets: {main: solr/conf}\n      endpoints: {main: {core: collectoin1}}\n"
                        + "      cores: {collection1: {}}\n" + PLATFORM);
        CASES.put("routes that contradict each other",
                HEAD + PLATFORM.replace("    platformsh:\n", "    platformsh:\n      routes:\n"
                        + "        \"https://a.{default}/\": {upstream: app, primary: true}\n"
                        + "        \"https://b.{default}/\": {upstream: db, primary: true}\n"));
        CASES.put("what Upsun does not carry",
                HEAD + PLATFORM.replace("targets: [platformsh]", "targets: [upsun]")
                        .replace("    platformsh:\n", "    platformsh:\n      storage_disk: 2GB\n"
                                + "      applications_file: true\n")
                        + "          disk: 1GB\n          size: L\n          resources: {base_memory: 64}\n");
        CASES.put("settings Platform.sh does not carry",
                HEAD.replace("    depends_on: [db]\n", "    depends_on: [db]\n    labels: {team: shop}\n"
                        + "    healthcheck: {test: [php, -v]}\n")
                        + "  search:\n    use: solr:9.6\n    config: {core: shop}\n"
                        + "  sessions:\n    use: memcached:1.6\n    config: {memory: 128MB}\n"
                        + PLATFORM.replace("    targets: [platformsh]\n", "    targets: [platformsh]\n"
                        + "    branch: main\n    secrets:\n      APP_SECRET: {ssm: /shop/app_secret}\n"));
    }

    @Test
    void reportsEachMistakeAtItsPlace(@TempDir Path dir) throws Exception {
        // DiagnosticListing runs each case in a folder named after it.
        Path caseFolder = Files.createDirectories(dir.resolve("a-VCL-written-for-a-container"));
        Files.writeString(caseFolder.resolve("docker.vcl"), "vcl 4.1;\nbackend default { .host = \"app\"; }\n");
        Approvals.verify(DiagnosticListing.of(dir, CASES, Set.of("settings Platform.sh does not carry",
                "what Upsun does not carry")));
    }
}
