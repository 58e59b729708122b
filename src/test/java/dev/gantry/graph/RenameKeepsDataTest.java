package dev.gantry.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renaming a database service must not quietly cost its data or its passwords: with the names
 * pinned ({@code data_volume}, {@code secrets_prefix}) nothing moves, and without them generate,
 * diff (text and Markdown) and generate --check say, first, what the running environments would
 * leave behind and which setting keeps it.
 */
class RenameKeepsDataTest {

    private static final String BEFORE = """
            gantry: 1
            project: {name: shop, registry: 123456789012.dkr.ecr.eu-west-1.amazonaws.com/acme}
            services:
              app:
                image: "php:8.3-fpm-bookworm"
                env: {DB_HOST: {ref: db.host}, DB_PASS: {ref: db.password}}
              db: {use: "mariadb:10.11", container: true}
            environments:
              dev: {targets: [compose]}
              prod: {targets: [compose]}
              aws:
                kind: prod
                targets: [ecs]
                ecs:
                  region: eu-west-1
                  account: "123456789012"
                  execution_role: shop-execution
                  task_role: shop-task
                  cpu: 0.25
                  memory: 512MB
                  volumes: {db-data: {file_system: fs-0123456789abcdef0}}
                secrets:
                  DB_PASSWORD: {ssm: /shop/db-password}
                  DB_ROOT_PASSWORD: {ssm: /shop/db-root-password}
            """;

    private static final String DATA_WARNING = "prod: the data of `db` (volume `db-data`) is no longer used;"
            + " `database` starts on a new, empty volume `database-data`";

    private static String renamed(String yaml) {
        return yaml.replace("ref: db.", "ref: database.").replace("  db: {use:", "  database: {use:");
    }

    @Test
    void aRenameWithoutPinnedNamesIsCalledOutFirstEverywhere(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(BEFORE.replaceAll("(?s)\n  aws:.*", "\n"));
        CliRun first = project.run("generate");
        assertEquals(0, first.exit(), first.err());
        project.write(renamed(BEFORE.replaceAll("(?s)\n  aws:.*", "\n")));

        CliRun text = project.run("diff");
        assertTrue(text.out().startsWith("WARNING: this change leaves data or secrets behind where environments"
                + " run:\n  dev: the data of `db` (volume `db-data`) is no longer used;"), text.out());
        assertTrue(text.out().contains("\n  " + DATA_WARNING + "\n    hint: to keep the data, give `database`"
                + " `data_volume: db-data`\n"), text.out());
        assertTrue(text.out().contains("\n  prod: `DB_PASSWORD`, `DB_ROOT_PASSWORD` are no longer read from its .env"
                + " or secret store; it reads `DATABASE_PASSWORD`, `DATABASE_ROOT_PASSWORD` instead, which must be"
                + " set there before it is deployed\n    hint: to keep reading them, give `database`"
                + " `secrets_prefix: DB`\n"), text.out());

        CliRun markdown = project.run("diff", "--format", "markdown");
        String top = markdown.out().substring(0, markdown.out().indexOf("**environment"));
        assertTrue(top.contains("> [!CAUTION]\n> **This change leaves data or secrets behind where environments"
                + " run**\n"), markdown.out());
        assertTrue(top.contains("> - " + DATA_WARNING + "<br>to keep the data, give `database`"
                + " `data_volume: db-data`\n"), markdown.out());

        CliRun check = project.run("generate", "--check");
        assertEquals(3, check.exit());
        assertTrue(check.out().startsWith("WARNING: "), check.out());
        assertTrue(check.out().contains(DATA_WARNING), check.out());

        CliRun generate = project.run("generate");
        assertEquals(0, generate.exit(), generate.err());
        assertTrue(generate.err().contains(DATA_WARNING + "\n"), generate.err());
        assertFalse(project.run("generate").err().contains("WARNING"), "said once, when the change is made");
    }

    @Test
    void pinnedNamesKeepTheDataAndThePasswordsOnEveryTarget(@TempDir Path dir) throws IOException {
        TempProject project = new TempProject(dir).write(BEFORE);
        CliRun first = project.run("generate");
        assertEquals(0, first.exit(), first.err());
        project.write(renamed(BEFORE).replace("container: true}",
                "container: true, data_volume: db-data, secrets_prefix: DB}"));

        CliRun diff = project.run("diff");
        assertEquals(0, diff.exit(), diff.err());
        assertFalse(diff.out().contains("WARNING"), diff.out());
        CliRun generate = project.run("generate");
        assertEquals(0, generate.exit(), generate.err());
        assertEquals("", generate.err());

        String compose = Files.readString(dir.resolve("docker-compose.prod.yml"));
        assertTrue(compose.contains("\"db-data:/var/lib/mysql\""), compose);
        assertTrue(compose.contains("${DB_PASSWORD:?set DB_PASSWORD in .env}"), compose);
        assertFalse(compose.contains("DATABASE_"), compose);
        String task = Files.readString(dir.resolve("deploy/ecs/aws/database.task-definition.json"));
        assertTrue(task.contains("\"sourceVolume\": \"db-data\""), task);
        assertTrue(task.contains("parameter/shop/db-password"), task);
    }

    @Test
    void onEcsTheEfsVolumeIsTheData(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(BEFORE);
        assertEquals(0, project.run("generate").exit());
        project.write(renamed(BEFORE).replace("db-data: {file_system", "database-data: {file_system")
                .replace("DB_PASSWORD: {ssm", "DATABASE_PASSWORD: {ssm").replace("DB_ROOT_PASSWORD: {ssm",
                        "DATABASE_ROOT_PASSWORD: {ssm"));
        CliRun diff = project.run("diff");
        assertEquals(0, diff.exit(), diff.err());
        assertTrue(diff.out().contains("\n  aws: the data of `db` (volume `db-data`) is no longer used; `database`"
                + " starts on a new, empty volume `database-data`\n"), diff.out());
        assertTrue(diff.out().contains("\n  aws: `DB_PASSWORD`, `DB_ROOT_PASSWORD` are no longer read"), diff.out());
    }

    @Test
    void namesThatWouldShareOrNameNothingAreReported(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(BEFORE.replaceAll("(?s)\n  aws:.*", "\n")
                .replace("  db: {use: \"mariadb:10.11\", container: true}", """
                          db: {use: "mariadb:10.11"}
                          other: {use: "mariadb:10.11", data_volume: db-data, secrets_prefix: DB}
                          cache: {use: "redis:7.2", secrets_prefix: CACHE}
                        """));
        CliRun run = project.run("validate");
        assertEquals(1, run.exit(), run.err());
        assertTrue(run.err().contains("error[E142]: `db` and `other` would share the data volume `db-data` in"
                + " environment `dev`"), run.err());
        assertTrue(run.err().contains("error[E142]: `db` and `other` would share the variable `DB_PASSWORD`"),
                run.err());
        assertTrue(run.err().contains("warning[W120]: `secrets_prefix` of `cache` names nothing"), run.err());
    }
}
