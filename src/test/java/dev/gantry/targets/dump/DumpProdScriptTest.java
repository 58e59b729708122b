package dev.gantry.targets.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.ShellCheck;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/dump-prod.sh against fake platform, aws, docker, docker-compose and docker-machine CLIs:
 * for each source platform and each database engine it issues exactly the right commands, reads
 * everything before it writes anything locally, and never writes to the source.
 */
class DumpProdScriptTest {

    private static final String HEAD = """
            gantry: 1
            project:
              name: shop
            images:
              app:
                from: debian:bookworm-slim
                workdir: /app
                stages:
                  - name: os
                    run: [echo hello]
            """;

    @TempDir
    Path dir;
    private FakeBin fakes;
    private Path tmp;

    @BeforeEach
    void fakes() throws Exception {
        Tools.require("bash");
        fakes = new FakeBin(dir.resolve("fakes"), "docker", "docker-compose", "docker-machine", "platform", "upsun",
                "aws");
        tmp = Files.createDirectories(dir.resolve("tmp"));
        fakes.touch("running/db", "c0ffee\n");
    }

    /** A project of {@code yaml} with its dump-prod script, and returns its folder. */
    private Path project(String yaml) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("project"));
        Files.writeString(folder.resolve("environment.yaml"), HEAD + yaml);
        DumpProdScripts.render(folder.resolve("environment.yaml"));
        return folder;
    }

    private Processes.Result dumpProd(Path project, Map<String, String> extraEnv, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", project.resolve("deploy/dump-prod.sh").toString()));
        command.addAll(List.of(args));
        Map<String, String> env = new HashMap<>(fakes.env());
        env.put("TMPDIR", tmp.toString());
        env.putAll(extraEnv);
        return Processes.run(project, env, null, command);
    }

    /** The one folder the script worked in (kept with --keep-dump). */
    private Path work() throws Exception {
        try (var list = Files.list(tmp)) {
            List<Path> dirs = list.toList();
            assertEquals(1, dirs.size(), dirs.toString());
            return dirs.get(0);
        }
    }

    private static List<String> call(String... words) {
        return List.of(words);
    }

    private static List<String> compose(String env, String... args) {
        List<String> call = new ArrayList<>(List.of("docker-compose", "-f", "docker-compose." + env + ".yml", "-p",
                "shop-" + env));
        call.addAll(List.of(args));
        return call;
    }

    @Test
    void ezplatformProdOnEcsWithRdsAndS3IsSanitisedBeforeTheImport() throws Exception {
        Path example = Path.of("examples", "ezplatform").toAbsolutePath();
        ShellCheck.assertClean(example.resolve("deploy/dump-prod.sh"));
        fakes.touch("run-output", "INSERT INTO users VALUES ('ann@shop.example.com');\n");
        fakes.touch("s3/media/a.jpg", "jpeg");
        fakes.touch("running/db", "c0ffee\n");
        Processes.Result run = dumpProd(example, Map.of("DB_PASSWORD", "rds $ecret"), "--keep-dump");
        assertEquals(0, run.exit(), run.output());
        Path work = work();
        String importCommand = "mariadb -uroot -p\"$MARIADB_ROOT_PASSWORD\" -e \"DROP DATABASE IF EXISTS "
                + "\\`$MARIADB_DATABASE\\`; CREATE DATABASE \\`$MARIADB_DATABASE\\`\" && exec mariadb -uroot "
                + "-p\"$MARIADB_ROOT_PASSWORD\" \"$MARIADB_DATABASE\"";
        assertEquals(List.of(
                call("docker", "run", "--rm", "--network", "host", "-e", "DUMP_PASSWORD", "mariadb:10.11", "sh", "-c",
                        "exec mariadb-dump -h\"$1\" -P\"$2\" -u\"$3\" -p\"$DUMP_PASSWORD\" --single-transaction "
                                + "--no-tablespaces \"$4\"", "sh",
                        "ezshop-prod.cluster-c1a2b3c4d5e6.eu-central-1.rds.amazonaws.com", "3306", "ezp", "ezp"),
                call("aws", "s3", "sync", "s3://ezshop-media", work.resolve("files").toString(), "--only-show-errors",
                        "--region", "eu-central-1"),
                call("docker-compose", "-f", "docker-compose.dev.yml", "-p", "ezshop-dev", "ps", "-q", "db"),
                call("docker-compose", "-f", "docker-compose.dev.yml", "-p", "ezshop-dev", "exec", "-T", "db", "sh",
                        "-c", importCommand, "sh", "ezp"),
                call("docker-compose", "-f", "docker-compose.dev.yml", "-p", "ezshop-dev", "run", "--rm", "-v",
                        work.resolve("files") + ":/import:ro", "s3-init", "mirror", "--quiet", "--overwrite",
                        "--remove", "/import", "local/ezshop-media")), fakes.calls());
        assertEquals("rds $ecret", Files.readString(fakes.state().resolve("dump-password")));
        assertEquals("INSERT INTO users VALUES ('user@example.com');\n",
                Files.readString(fakes.state().resolve("stdin/ezshop-dev/db")), "the sanitised dump is imported");
        assertEquals("./media/a.jpg\n", Files.readString(fakes.state().resolve("imported")));
        assertTrue(run.output().contains("the dump and the files are kept in " + work), run.output());
    }

    @Test
    void composeSourceWithMariadbAndTheLocalStandInDeletesTheDumpUnlessKept() throws Exception {
        Path project = project("""
                storage: {kind: s3, bucket: shop-media}
                services:
                  app: {image: app, env: {DATABASE_URL: {ref: db.url}}}
                  db: {use: "mariadb:10.11", config: {database: shop}}
                environments:
                  dev: {targets: [compose]}
                  qa: {kind: test, targets: [compose]}
                """);
        ShellCheck.assertClean(project.resolve("deploy/dump-prod.sh"));
        fakes.touch("exec/shop-qa/db", "-- dump\n");
        fakes.touch("export/e.gif", "gif");
        Processes.Result run = dumpProd(project, Map.of(), "--from", "qa");
        assertEquals(0, run.exit(), run.output());
        List<List<String>> calls = fakes.calls();
        assertEquals(compose("qa", "exec", "-T", "db", "sh", "-c", "exec mariadb-dump -uroot "
                + "-p\"$MARIADB_ROOT_PASSWORD\" --single-transaction --routines --triggers \"$MARIADB_DATABASE\""),
                calls.get(0));
        String files = calls.get(1).get(8).replace(":/export", "");
        assertEquals(compose("qa", "run", "--rm", "-v", files + ":/export", "s3-init", "mirror", "--quiet",
                "local/shop-media", "/export"), calls.get(1));
        assertEquals("./e.gif\n", Files.readString(fakes.state().resolve("imported")));
        assertEquals("-- dump\n", Files.readString(fakes.state().resolve("stdin/shop-dev/db")));
        try (var list = Files.list(tmp)) {
            assertEquals(List.of(), list.toList(), "the dump is deleted");
        }
    }

    @Test
    void dockerMachineSourceWithPostgresqlAndNfs() throws Exception {
        Path project = project("""
                storage: {kind: nfs, mount: /srv/media}
                services:
                  app: {image: app, env: {DATABASE_URL: {ref: db.url}}}
                  db: {use: "postgresql:16", config: {database: shop}}
                environments:
                  dev: {targets: [compose]}
                  prod:
                    targets: [compose, docker-machine]
                    machine: {driver: digitalocean, count: 2}
                """);
        ShellCheck.assertClean(project.resolve("deploy/dump-prod.sh"));
        fakes.touch("exec/shop-prod/db", "CREATE TABLE t ();\n");
        Path tar = dir.resolve("files.tar");
        Path files = Files.createDirectories(dir.resolve("files/sub"));
        Files.writeString(files.resolve("b.pdf"), "pdf");
        assertEquals(0, Processes.run(dir, List.of("tar", "-C", dir.resolve("files").toString(), "-cf", tar.toString(),
                ".")).exit());
        Files.copy(tar, fakes.state().resolve("exec/shop-prod/app"));
        fakes.touch("machines/shop-prod-1/ip", "198.51.100.7");
        Processes.Result run = dumpProd(project, Map.of(), "--keep-dump");
        assertEquals(0, run.exit(), run.output());
        Path work = work();
        List<List<String>> expected = List.of(
                call("docker-machine", "env", "--shell", "bash", "shop-prod-1"),
                compose("prod", "exec", "-T", "db", "sh", "-c",
                        "exec pg_dump -U \"$POSTGRES_USER\" --no-owner --no-privileges \"$POSTGRES_DB\""),
                compose("prod", "exec", "-T", "app", "tar", "-C", "/srv/media", "-cf", "-", "."),
                compose("dev", "ps", "-q", "db"),
                compose("dev", "exec", "-T", "db", "sh", "-c", "dropdb -U \"$POSTGRES_USER\" --if-exists --force "
                        + "\"$POSTGRES_DB\" && createdb -U \"$POSTGRES_USER\" -O \"$POSTGRES_USER\" \"$POSTGRES_DB\" && "
                        + "exec psql -q -v ON_ERROR_STOP=1 -U \"$POSTGRES_USER\" -d \"$POSTGRES_DB\"", "sh", "shop"),
                compose("dev", "run", "--rm", "--no-deps", "-T", "-v", work.resolve("files") + ":/import:ro",
                        "--entrypoint", "sh", "app", "-c",
                        "find \"$1\" -mindepth 1 -delete && cp -a /import/. \"$1\"/", "sh", "/srv/media"));
        assertEquals(expected, fakes.calls());
        List<String> hosts = List.of(Files.readString(fakes.state().resolve("engines")).split("\u001e")).stream()
                .map(record -> record.split("\0", -1)[0]).toList();
        assertEquals(List.of("tcp://198.51.100.7:2376", "tcp://198.51.100.7:2376", "", "", ""), hosts,
                "only the source runs on the machine");
        assertFalse(Files.exists(fakes.state().resolve("evaluated")), "docker-machine env is parsed, not evaluated");
        assertEquals("./sub/b.pdf\n", Files.readString(fakes.state().resolve("imported")));
        assertEquals("CREATE TABLE t ();\n", Files.readString(fakes.state().resolve("stdin/shop-dev/db")));
    }

    @Test
    void ecsSourceWithAnExternalMongodbAndS3() throws Exception {
        Path project = project("""
                secrets:
                  MONGO_PASSWORD: {description: password of the shop user on the managed MongoDB}
                storage: {kind: s3, bucket: shop-media}
                services:
                  app: {image: app, env: {MONGO_URL: {ref: db.url}}}
                  db: {use: "mongodb:7.0", config: {database: shopdev}}
                environments:
                  dev: {targets: [compose]}
                  prod:
                    targets: [ecs]
                    ecs: {region: eu-central-1, account: "123456789012", launch: FARGATE, cpu: 0.5, memory: 1GB}
                    storage: {bucket: shop-media-prod, region: eu-central-1}
                    services:
                      db:
                        external: {host: mongo.internal.example.com, user: shop, database: shop, password: MONGO_PASSWORD}
                """);
        ShellCheck.assertClean(project.resolve("deploy/dump-prod.sh"));
        fakes.touch("run-output", "ARCHIVE");
        fakes.touch("s3/c.png", "png");
        String password = "it's \"$HOME\" `id` $(id) \\ ;";
        Processes.Result missing = dumpProd(project, Map.of());
        assertEquals(1, missing.exit());
        assertTrue(missing.output().contains("set MONGO_PASSWORD to the password of shop on mongo.internal.example.com"
                + " (the database of prod): it is read from the environment only"), missing.output());
        assertEquals(List.of(), fakes.calls());

        Processes.Result run = dumpProd(project, Map.of("MONGO_PASSWORD", password), "--keep-dump");
        assertEquals(0, run.exit(), run.output());
        assertFalse(run.output().contains(password), "the password is never printed");
        Path work = work();
        assertEquals(List.of(
                call("docker", "run", "--rm", "--network", "host", "-e", "DUMP_PASSWORD", "mongo:7.0", "sh", "-c",
                        "exec mongodump --quiet --archive --host \"$1\" --port \"$2\" --username \"$3\" --password "
                                + "\"$DUMP_PASSWORD\" --authenticationDatabase admin --db \"$4\"",
                        "sh", "mongo.internal.example.com", "27017", "shop", "shop"),
                call("aws", "s3", "sync", "s3://shop-media-prod", work.resolve("files").toString(),
                        "--only-show-errors", "--region", "eu-central-1"),
                compose("dev", "ps", "-q", "db"),
                compose("dev", "exec", "-T", "db", "sh", "-c", "exec mongorestore --quiet --archive --drop --username "
                        + "\"$MONGO_INITDB_ROOT_USERNAME\" --password \"$MONGO_INITDB_ROOT_PASSWORD\" "
                        + "--authenticationDatabase admin --nsInclude \"$1.*\" --nsFrom \"$1.*\" --nsTo "
                        + "\"$MONGO_INITDB_DATABASE.*\"", "sh", "shop"),
                compose("dev", "run", "--rm", "-v", work.resolve("files") + ":/import:ro", "s3-init", "mirror",
                        "--quiet", "--overwrite", "--remove", "/import", "local/shop-media")), fakes.calls());
        assertEquals(password, Files.readString(fakes.state().resolve("dump-password")));
        assertEquals("ARCHIVE", Files.readString(fakes.state().resolve("stdin/shop-dev/db")));

        fakes.clear();
        Processes.Result tunnel = dumpProd(project, Map.of("MONGO_PASSWORD", password), "--db-host", "127.0.0.1:27018",
                "--skip-files");
        assertEquals(0, tunnel.exit(), tunnel.output());
        assertEquals(List.of("sh", "127.0.0.1", "27018", "shop", "shop"), fakes.calls().get(0).subList(11, 16));
        assertEquals(2, dumpProd(project, Map.of(), "--db-host", "a;b").exit());
    }

    @Test
    void platformshSourceWithMysqlAndNfs() throws Exception {
        Path project = project("""
                storage: {kind: nfs, mount: /app/var/storage}
                services:
                  app: {image: app, env: {DATABASE_URL: {ref: database.url}}}
                  database: {use: "mysql:8.0"}
                environments:
                  dev: {targets: [compose]}
                  prod:
                    targets: [platformsh]
                    platformsh: {apps: {app: {type: "php:8.3", web: {locations: {/: {root: public}}}}}}
                """);
        ShellCheck.assertClean(project.resolve("deploy/dump-prod.sh"));
        fakes.touch("running/database", "c0ffee\n");
        fakes.touch("platform-dump", "-- mysql dump\n");
        fakes.touch("mount/d.txt", "text");
        Path hostileTmp = Files.createDirectories(dir.resolve("it's a \"tmp\" $(id) `id`"));
        String branch = "feature/it's $HOME";
        Processes.Result run = dumpProd(project, Map.of("TMPDIR", hostileTmp.toString(), "PLATFORM_ENVIRONMENT", branch,
                "PLATFORM_PROJECT", "abc123"));
        assertEquals(0, run.exit(), run.output());
        List<List<String>> calls = fakes.calls();
        String dump = calls.get(0).get(7);
        assertTrue(dump.startsWith(hostileTmp + "/dump-prod."), dump);
        String target = calls.get(1).get(7);
        assertEquals(List.of(
                call("platform", "db:dump", "--app", "app", "--relationship", "database", "--file", dump,
                        "--environment", branch, "--yes", "--project", "abc123"),
                call("platform", "mount:download", "--app", "app", "--mount", "var/storage", "--target", target,
                        "--environment", branch, "--yes", "--project", "abc123"),
                compose("dev", "ps", "-q", "database"),
                compose("dev", "exec", "-T", "database", "sh", "-c", "mysql -uroot -p\"$MYSQL_ROOT_PASSWORD\" -e "
                        + "\"DROP DATABASE IF EXISTS \\`$MYSQL_DATABASE\\`; CREATE DATABASE \\`$MYSQL_DATABASE\\`\" && "
                        + "exec mysql -uroot -p\"$MYSQL_ROOT_PASSWORD\" \"$MYSQL_DATABASE\"", "sh", "app"),
                compose("dev", "run", "--rm", "--no-deps", "-T", "-v", target + ":/import:ro", "--entrypoint", "sh",
                        "app", "-c", "find \"$1\" -mindepth 1 -delete && cp -a /import/. \"$1\"/", "sh",
                        "/app/var/storage")), calls);
        assertEquals("./d.txt\n", Files.readString(fakes.state().resolve("imported")));
        try (var left = Files.list(hostileTmp)) {
            assertEquals(List.of(), left.toList(), "the dump is deleted");
        }
    }

    /**
     * Platform.sh's client (and Upsun's, under its own name) finds the database by the name of the
     * app's relationship, which the user may choose.
     */
    @ParameterizedTest
    @CsvSource({"platformsh, platform, mariadb:10.11, database", "upsun, upsun, postgresql:16, postgres"})
    void dumpsThroughTheRelationshipTheAppNames(String target, String client, String db, String relationship)
            throws Exception {
        Path project = project("""
                services:
                  app: {image: app, env: {DATABASE_URL: {ref: db.url}}}
                  db: {use: "%s"}
                environments:
                  dev: {targets: [compose]}
                  prod:
                    targets: [%s]
                    platformsh:
                      apps:
                        app:
                          type: "php:8.3"
                          relationships: {%s: db}
                          web: {locations: {/: {root: public}}}
                """.formatted(db, target, relationship));
        fakes.touch("platform-dump", "-- dump\n");
        Processes.Result run = dumpProd(project, Map.of("PLATFORM_ENVIRONMENT", "main"), "--skip-files");
        assertEquals(0, run.exit(), run.output());
        String dump = fakes.calls().get(0).get(7);
        assertEquals(call(client, "db:dump", "--app", "app", "--relationship", relationship, "--file", dump,
                "--environment", "main", "--yes"), fakes.calls().get(0));
    }

    @Test
    void aMongodbOnPlatformshIsAClearMessage() throws Exception {
        Path project = project("""
                services:
                  app: {image: app, env: {MONGO_URL: {ref: db.url}}}
                  db: {use: "mongodb:7.0"}
                environments:
                  dev: {targets: [compose]}
                  prod:
                    targets: [platformsh]
                    platformsh: {apps: {app: {type: "php:8.3", web: {locations: {/: {root: public}}}}}}
                """);
        Processes.Result run = dumpProd(project, Map.of());
        assertEquals(1, run.exit());
        assertTrue(run.output().contains("the Platform.sh CLI dumps MySQL, MariaDB and PostgreSQL databases only"),
                run.output());
        assertEquals(List.of(), fakes.calls());
    }

    @Test
    void dryRunRunsNothing() throws Exception {
        Path example = Path.of("examples", "ezplatform").toAbsolutePath();
        Processes.Result dry = dumpProd(example, Map.of(), "--dry-run", "--keep-dump");
        assertEquals(0, dry.exit(), dry.output());
        assertEquals(List.of(), fakes.calls());
        assertTrue(dry.output().contains("+ docker run --rm --network host -e DUMP_PASSWORD mariadb:10.11 sh -c "
                + "'exec mariadb-dump -h\"$1\""), dry.output());
        assertTrue(dry.output().contains("+ aws s3 sync s3://ezshop-media "), dry.output());
        assertTrue(dry.output().contains("dry run: nothing was run"), dry.output());
        try (var list = Files.list(tmp)) {
            assertEquals(List.of(), list.toList());
        }
    }

    @Test
    void itNeverWritesToStagingOrProd() throws Exception {
        Path example = Path.of("examples", "shopware").toAbsolutePath();
        for (String target : List.of("prod", "staging")) {
            Processes.Result refused = dumpProd(example, Map.of(), "--from", "dev", "--to", target);
            assertEquals(2, refused.exit());
            assertTrue(refused.output().contains("dump-prod only writes to dev and test environments; " + target
                    + " is a " + target + " environment"), refused.output());
        }
        assertEquals(2, dumpProd(example, Map.of(), "--from", "dev").exit(), "from and to are the same");
        assertEquals(2, dumpProd(example, Map.of(), "--from", "$(id)").exit());
        assertEquals(2, dumpProd(example, Map.of(), "--frobnicate").exit());
        assertEquals(List.of(), fakes.calls());
        Processes.Result help = dumpProd(example, Map.of(), "--help");
        assertEquals(0, help.exit());
        assertTrue(help.output().contains("--skip-db") && help.output().contains("Environments: dev staging prod"),
                help.output());
    }

    @Test
    void aMissingCliIsAClearMessage() throws Exception {
        Path project = project("""
                storage: {kind: s3, bucket: shop-media}
                services:
                  app: {image: app, env: {DATABASE_URL: {ref: db.url}}}
                  db: {use: "mariadb:10.11"}
                environments:
                  dev: {targets: [compose]}
                  prod: {targets: [compose, docker-machine], machine: {driver: digitalocean}}
                """);
        assertMissing(project, "docker-machine", "docker-machine is not installed: install docker-machine");
        assertMissing(project, "aws", "aws is not installed: install the AWS CLI (Debian: apt-get install awscli)");
        assertMissing(project, "docker-compose",
                "docker-compose is not installed: install it (Debian: apt-get install docker-compose)");
        assertEquals(List.of(), fakes.calls());
    }

    /** Runs dump-prod with a PATH of the fakes without {@code tool}, and a few system tools. */
    private void assertMissing(Path project, String tool, String message) throws Exception {
        Path bin = dir.resolve("without-" + tool);
        Files.createDirectories(bin);
        for (String fake : List.of("docker", "docker-compose", "docker-machine", "platform", "aws")) {
            if (!fake.equals(tool)) {
                Files.createSymbolicLink(bin.resolve(fake), dir.resolve("fakes/bin").resolve(fake));
            }
        }
        for (String system : List.of("dirname", "mktemp", "mkdir", "rm")) {
            Files.writeString(bin.resolve(system), "#!/bin/sh\nexec " + which(system) + " \"$@\"\n");
            bin.resolve(system).toFile().setExecutable(true);
        }
        Processes.Result run = dumpProd(project, Map.of("PATH", bin.toString()));
        assertEquals(1, run.exit(), run.output());
        assertTrue(run.output().contains(message), run.output());
    }

    private static String which(String tool) throws Exception {
        return Processes.run(Path.of("."), List.of("bash", "-c", "command -v " + tool)).output().strip();
    }
}
