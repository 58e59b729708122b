package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * What a compose file means, read back the way docker-compose reads it ({@code docker-compose config}):
 * each case is a place where environment.yaml once said one thing and the compose file another.
 */
class ComposeMeaningTest {

    private static final String HEAD = """
            gantry: 1
            project: {name: shop}
            """;

    /** A string command is split into words as compose splits it; no shell runs it. */
    @Test
    void aStringCommandIsSplitIntoArgumentsAsComposeSplitsIt(@TempDir Path dir) throws Exception {
        Map<String, Object> services = services(dir, HEAD + """
                services:
                  proxy:
                    image: traefik:3.1.2
                    command: --api.insecure=true --providers.docker "--entrypoints.web.address=:80"
                    entrypoint: /entrypoint.sh 'two words'
                environments:
                  dev: {targets: [compose]}
                """, "dev");
        Map<?, ?> proxy = (Map<?, ?>) services.get("proxy");
        assertEquals(List.of("--api.insecure=true", "--providers.docker", "--entrypoints.web.address=:80"),
                proxy.get("command"));
        assertEquals(List.of("/entrypoint.sh", "two words"), proxy.get("entrypoint"));
    }

    /** A shell is asked for explicitly. */
    @Test
    void aShellRunsACommandOnlyWhenAskedFor(@TempDir Path dir) throws Exception {
        Map<String, Object> services = services(dir, HEAD + """
                services:
                  worker:
                    image: php:8.3-cli
                    command: {shell: "php bin/console messenger:consume async && echo done"}
                environments:
                  dev: {targets: [compose]}
                """, "dev");
        assertEquals(List.of("/bin/sh", "-c", "php bin/console messenger:consume async && echo done"),
                ((Map<?, ?>) services.get("worker")).get("command"));
    }

    /** A one-shot service of the project (a migration) is waited for until it has completed. */
    @Test
    void aOneShotServiceIsWaitedForUntilItCompleted(@TempDir Path dir) throws Exception {
        Map<String, Object> services = services(dir, HEAD + """
                images:
                  app: {from: php:8.3-fpm}
                services:
                  migrate:
                    image: app
                    command: [php, bin/console, doctrine:migrations:migrate, --no-interaction]
                  app:
                    image: app
                    depends_on:
                      migrate: {condition: service_completed_successfully}
                  web:
                    image: nginx:1.27.3
                    depends_on:
                      app: {condition: service_started}
                environments:
                  prod: {targets: [compose]}
                """, "prod");
        assertEquals(Map.of("migrate", Map.of("condition", "service_completed_successfully")),
                ((Map<?, ?>) services.get("app")).get("depends_on"));
        assertEquals(Map.of("app", Map.of("condition", "service_started")),
                ((Map<?, ?>) services.get("web")).get("depends_on"));
        // A one-shot must not be restarted once it is done, even where services restart by default.
        assertEquals("no", ((Map<?, ?>) services.get("migrate")).get("restart"));
    }

    /** A service cannot reach one it shares no network with: that is an error at the reference. */
    @Test
    void aReferenceAcrossNetworksIsAnErrorAtTheReference(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(HEAD + """
                images:
                  arakoon: {from: ubuntu:24.04}
                services:
                  etcd:
                    use: etcd:3.5.17
                  arakoon:
                    image: arakoon
                    networks: [isolated]
                    env:
                      ETCD_ENDPOINT: {ref: etcd.url}
                environments:
                  dev: {targets: [compose]}
                """);
        CliRun run = project.run("generate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("environment.yaml:12:22: error"), run.err());
        assertTrue(run.err().contains("no network in common"), run.err());
    }

    /** A path in the home folder is a bind mount, not a named volume (that docker-compose refuses). */
    @Test
    void aHomeFolderIsABindMount(@TempDir Path dir) throws Exception {
        Map<String, Object> services = services(dir, HEAD + """
                services:
                  app:
                    image: php:8.3-cli
                    volumes: [~/.composer:/root/.composer]
                environments:
                  dev: {targets: [compose]}
                """, "dev");
        assertEquals(List.of(dir + "/.composer:/root/.composer:rw"), ((Map<?, ?>) services.get("app")).get("volumes"));
    }

    /** Bind options beyond read-only are kept; a named volume may hold dots. */
    @Test
    void bindOptionsAreKept(@TempDir Path dir) throws Exception {
        Map<String, Object> services = services(dir, HEAD + """
                services:
                  app:
                    image: php:8.3-cli
                    volumes:
                      - ./app:/var/www/app:cached
                      - ./var/log:/var/www/app/var/log:ro,delegated
                      - data.v1:/srv/data
                environments:
                  dev: {targets: [compose]}
                """, "dev");
        assertEquals(List.of(dir + "/app:/var/www/app:cached", dir + "/var/log:/var/www/app/var/log:ro,delegated",
                "data.v1:/srv/data:rw"), ((Map<?, ?>) services.get("app")).get("volumes"));
    }

    @Test
    void aVolumeSourceThatIsNeitherIsAnErrorAtItsLine(@TempDir Path dir) {
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("data/sub:/d", "E163");
        ids.put("\"my vol:/d\"", "E164");
        ids.put("../up:/d", "E160");
        ids.put("./app/../../up:/d", "E160");
        ids.put("${HOME}/x:/d", "E161");
        ids.put("data:/d:ro,rw", "E165");
        ids.put("./app:/d:nocopy", "E166");
        for (String volume : ids.keySet()) {
            TempProject project = new TempProject(dir).write(HEAD + """
                    services:
                      app:
                        image: php:8.3-cli
                        volumes:
                          - %s
                    environments:
                      dev: {targets: [compose]}
                    """.formatted(volume));
            CliRun run = project.run("validate");
            assertEquals(1, run.exit(), volume + ": " + run.err());
            assertTrue(run.err().contains("environment.yaml:7:9: error[" + ids.get(volume) + "]"), volume + ": " + run.err());
            assertFalse(run.hasStackTrace(), run.err());
        }
    }

    /** A host:port or a flag is not a credential. */
    @Test
    void hostPortsAndFlagsAreNotCredentials(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(HEAD + """
                services:
                  web:
                    image: nginx:1.27.3
                    env:
                      FASTCGI_PASS: "app:9000"
                  db:
                    image: mysql:8.4.3
                    env:
                      MYSQL_RANDOM_ROOT_PASSWORD: "1"
                      MYSQL_ALLOW_EMPTY_PASSWORD: "no"
                environments:
                  dev: {targets: [compose]}
                """);
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.err().contains("E061"), run.err());
    }

    /** A literal that is not a secret says so, where a reviewer sees it; it still needs a reason to look like one. */
    @Test
    void aLiteralThatIsNotASecretSaysSo(@TempDir Path dir) throws Exception {
        Map<String, Object> services = services(dir, HEAD + """
                services:
                  app:
                    image: php:8.3-fpm
                    env:
                      STRIPE_PUBLISHABLE_KEY: {value: pk_live_51HxYz, not_secret: true}
                environments:
                  dev: {targets: [compose]}
                """, "dev");
        assertEquals(Map.of("STRIPE_PUBLISHABLE_KEY", "pk_live_51HxYz"),
                ((Map<?, ?>) services.get("app")).get("environment"));
    }

    /** The compose file as docker-compose reads it: {@code config} with a .env from .env.example. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> services(Path dir, String yaml, String env) throws Exception {
        Tools.require("docker-compose");
        TempProject project = new TempProject(dir).write(yaml);
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        if (Files.exists(dir.resolve(".env.example"))) {
            Files.copy(dir.resolve(".env.example"), dir.resolve(".env"));
        }
        Processes.Result config = Processes.run(dir, Map.of("HOME", dir.toString()), null,
                List.of("docker-compose", "-f", "docker-compose." + env + ".yml", "config"));
        assertEquals(0, config.exit(), config.output());
        Map<String, Object> root = (Map<String, Object>) new Load(LoadSettings.builder().build())
                .loadFromString(config.out());
        return (Map<String, Object>) root.get("services");
    }
}
