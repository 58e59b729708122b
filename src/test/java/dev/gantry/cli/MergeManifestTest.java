package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.emit.Manifest;
import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gantry merge-manifest} as git runs it: a repository set up as {@code gantry init} and the
 * README say, two branches that both changed environment.yaml and regenerated. Where environment.yaml
 * merges cleanly the merge commits by itself, and one {@code gantry generate} makes the output what
 * the merged file generates; where environment.yaml conflicts, the merge stops on it.
 */
class MergeManifestTest {

    private static final String BASE = """
            gantry: 1
            project: {name: shop}
            images:
              app:
                from: "php:8.3-fpm-bookworm"
            services:
              app: {image: app, depends_on: [db]}
              db: {use: "mariadb:10.11"}
              web: {image: "nginx:1.27.3", ports: ["8080:80"], depends_on: [app]}
            environments:
              dev: {targets: [compose]}
              prod: {targets: [compose]}
            """;

    @TempDir
    Path repo;
    private TempProject project;

    @BeforeEach
    void repository() throws Exception {
        Tools.require("git");
        project = new TempProject(repo);
        CliRun init = CliRun.of("init", "-f", project.file().toString(), "--no-interactive");
        assertEquals(0, init.exit(), init.err());
        assertTrue(init.out().contains("  " + "git config merge.gantry-manifest.driver \"gantry merge-manifest %O %A %B"
                + " %P\""), init.out());
        assertTrue(Files.readString(repo.resolve(".gitattributes")).contains(
                "\n.gantry/manifest.json merge=gantry-manifest\n"));
        git("init", "-q", "-b", "main");
        git("config", "user.email", "dev@example.com");
        git("config", "user.name", "Dev");
        git("config", "merge.gantry-manifest.driver", driver() + " %O %A %B %P");
        regenerate(BASE);
        git("add", "-A");
        git("commit", "-q", "-m", "base");
    }

    @Test
    void branchesThatBothRegeneratedMergeByThemselves() throws Exception {
        branch("cache", BASE.replace("  db: {use: \"mariadb:10.11\"}\n", "  db: {use: \"mariadb:10.11\"}\n"
                + "  cache: {use: \"redis:7.2\"}\n"));
        branch("php", BASE.replace("php:8.3-fpm-bookworm", "php:8.4-fpm-bookworm")
                .replace("app: {image: app, depends_on: [db]}", "app: {image: app, depends_on: [db], env: {A: b}}"));
        git("checkout", "-q", "cache");

        Processes.Result merge = git("merge", "--no-edit", "php");

        assertEquals(0, merge.exit(), merge.describe());
        assertTrue(merge.output().contains("gantry merge-manifest: .gantry/manifest.json: both branches changed"),
                merge.describe());
        assertEquals("", git("status", "--porcelain").out(), "the merge is committed");
        String yaml = Files.readString(project.file());
        assertTrue(yaml.contains("redis:7.2") && yaml.contains("php:8.4") && yaml.contains("env: {A: b}"), yaml);
        assertTrue(Files.readString(repo.resolve(Manifest.PATH)).contains("\"merged\": true"));

        CliRun generate = project.run("generate");
        assertEquals(0, generate.exit(), "no file git merged is taken for a hand edit\n" + generate.err());
        assertEquals(0, project.run("generate", "--check").exit());
        assertFalse(Files.readString(repo.resolve(Manifest.PATH)).contains("merged"));
        Path fresh = Files.createDirectories(repo.resolve("../fresh"));
        TempProject again = new TempProject(fresh).write(yaml);
        assertEquals(0, again.run("generate").exit());
        for (String file : List.of("docker-compose.dev.yml", "Dockerfile", ".gantry/environments.json", "dk")) {
            assertEquals(Files.readString(fresh.resolve(file)), Files.readString(repo.resolve(file)), file);
        }
    }

    @Test
    void anEnvironmentFileInConflictStopsTheMerge() throws Exception {
        branch("php84", BASE.replace("php:8.3-fpm-bookworm", "php:8.4-fpm-bookworm"));
        branch("php85", BASE.replace("php:8.3-fpm-bookworm", "php:8.5-fpm-bookworm"));
        git("checkout", "-q", "php84");

        Processes.Result merge = git("merge", "--no-edit", "php85");

        assertNotEquals(0, merge.exit(), merge.describe());
        List<String> unmerged = git("diff", "--name-only", "--diff-filter=U").out().lines().toList();
        assertTrue(unmerged.contains("environment.yaml"), unmerged.toString());
        assertTrue(git("rev-parse", "-q", "--verify", "MERGE_HEAD").exit() == 0, "the merge waits for you");
        assertTrue(Files.readString(project.file()).contains("<<<<<<<"));

        project.write(BASE.replace("php:8.3-fpm-bookworm", "php:8.5-fpm-bookworm"));
        CliRun generate = project.run("generate");
        assertEquals(0, generate.exit(), "once environment.yaml is resolved, generate resolves the rest\n"
                + generate.err());
        assertEquals(0, project.run("generate", "--check").exit());
        assertFalse(Files.readString(repo.resolve("Dockerfile")).contains("<<<<<<<"));
        git("add", "-A");
        assertEquals(0, git("commit", "-q", "--no-edit").exit());
    }

    @Test
    void manifestsOfDifferentEnvironmentFilesAreLeftInConflict(@TempDir Path dir) throws Exception {
        Path base = Files.writeString(dir.resolve("base"), Files.readString(repo.resolve(Manifest.PATH)));
        Path ours = Files.writeString(dir.resolve("ours"), Files.readString(base));
        Path theirs = Files.writeString(dir.resolve("theirs"), Files.readString(base)
                .replace("\"source\": \"environment.yaml\"", "\"source\": \"other.yaml\""));
        CliRun run = CliRun.of("merge-manifest", base.toString(), ours.toString(), theirs.toString());
        assertEquals(3, run.exit());
        assertTrue(run.err().contains("different environment files"), run.err());
        assertEquals(Files.readString(base), Files.readString(ours), "this branch's manifest stays");
    }

    /** A branch off main whose environment.yaml is {@code yaml}, regenerated and committed. */
    private void branch(String name, String yaml) throws Exception {
        git("checkout", "-q", "main");
        git("checkout", "-q", "-b", name);
        regenerate(yaml);
        git("add", "-A");
        git("commit", "-q", "-m", name);
    }

    private void regenerate(String yaml) {
        CliRun run = project.write(yaml).run("generate");
        assertEquals(0, run.exit(), run.err());
    }

    /** The command git runs: this JVM's Gantry, as `gantry` would run it. */
    private Path driver() throws Exception {
        Path script = repo.resolve("../gantry-driver");
        Files.writeString(script, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java")
                + "' -cp '" + System.getProperty("java.class.path") + "' dev.gantry.cli.Main merge-manifest \"$@\"\n");
        script.toFile().setExecutable(true);
        return script.toAbsolutePath().normalize();
    }

    private Processes.Result git(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        return Processes.run(repo, Map.of("GIT_CONFIG_NOSYSTEM", "1", "HOME", repo.resolve("..").toString(),
                "GIT_EDITOR", "true"), null, command);
    }
}
