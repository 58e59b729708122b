package dev.gantry.targets.platformsh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Upsun from the same environment as Platform.sh: one word in `targets:` moves a project between them. */
class UpsunTest {

    private static final String PROJECT = PlatformshProjects.HEAD + """
            storage: {kind: nfs, mount: /app/files}
            services:
              app:
                image: app
                depends_on: [db]
                env: {DATABASE_URL: {ref: db.url}}
                volumes: [{source: cache, target: /app/var/cache, size: 512MB}]
              worker:
                image: app
                command: php bin/console messenger:consume
                volumes: [{source: cache, target: /app/var/cache, size: 512MB}]
              db: {use: "postgresql:16", config: {disk: 2GB}}
            """ + PlatformshProjects.PLATFORM + PlatformshProjects.APP + """
                      disk: 1GB
                      relationships: {database: db}
            """;

    @Test
    void oneWordMovesAProjectFromPlatformShToUpsun(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        TempProject project = new TempProject(dir).write(PROJECT);
        assertEquals(0, project.run("generate").exit());
        JsonNode platformApp = PlatformYaml.read(dir.resolve(".platform.app.yaml")).document();
        JsonNode platformRoutes = PlatformYaml.read(dir.resolve(".platform/routes.yaml")).document();

        CliRun run = project.write(PROJECT.replace("targets: [platformsh]", "targets: [upsun]")).run("generate");
        assertEquals(0, run.exit(), run.err());
        assertFalse(Files.exists(dir.resolve(".platform.app.yaml")), "the Platform.sh files are pruned");
        JsonNode config = PlatformYaml.read(dir.resolve(".upsun/config.yaml")).document();
        assertEquals(List.of(), PlatformYaml.errors(PlatformYaml.upsunSchema(), config));
        JsonNode app = config.get("applications").get("app");
        for (String same : List.of("type", "source", "variables", "relationships", "web")) {
            assertEquals(platformApp.get(same), app.get(same), same);
        }
        assertFalse(app.has("name") || app.has("disk"), "the key names it; Upsun sizes disks itself");
        assertEquals("{\"var/cache\":{\"source\":\"storage\",\"source_path\":\"cache\"},"
                + "\"files\":{\"source\":\"storage\",\"source_path\":\"storage\"}}", app.get("mounts").toString());
        assertEquals(app.get("mounts").get("var/cache"), app.get("workers").get("worker").get("mounts")
                .get("var/cache"), "a volume the app and its worker share is one storage folder");
        assertEquals("{\"db\":{\"type\":\"postgresql:16\",\"configuration\":{\"databases\":[\"app\"],\"endpoints\":"
                + "{\"app\":{\"default_database\":\"app\",\"privileges\":{\"app\":\"admin\"}}}}}}",
                config.get("services").toString(), "no disk, and no network-storage service");
        assertEquals(platformRoutes, config.get("routes"));
        assertTrue(run.err().contains("environment.yaml:35:17: warning[W410]: `disk` of application `app` is not"
                + " carried on Upsun"), run.err());
        assertTrue(run.err().contains("warning[W410]: `config.disk` of service `db` is not carried on Upsun"),
                run.err());
        assertTrue(Files.readString(dir.resolve("app/.environment")).contains("export DATABASE_URL="));
    }

    @Test
    void aProjectOnBothWritesTheEnvironmentFileOnceAndOnlyWhenBothAgree(@TempDir Path dir) throws Exception {
        PlatformYaml.requirePyYaml();
        String both = PROJECT + "  next:\n    extends: platform\n    targets: [upsun]\n";
        CliRun run = new TempProject(dir).write(both).run("generate");
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve(".platform.app.yaml")));
        assertTrue(Files.isRegularFile(dir.resolve(".upsun/config.yaml")));
        ObjectNode upsunApp = (ObjectNode) PlatformYaml.read(dir.resolve(".upsun/config.yaml")).document()
                .get("applications").get("app");
        assertEquals("{\"database\":\"db:app\"}", upsunApp.get("relationships").toString());

        CliRun different = new TempProject(dir).write(both + """
                    services:
                      app: {env: {DATABASE_URL: {ref: db.host}}}
                """).run("generate");
        assertEquals(1, different.exit(), different.err());
        assertTrue(different.err().contains("error[E403]: environments `platform` (Platform.sh) and `next` (Upsun)"
                + " export different variables in app/.environment, which both read"), different.err());
    }
}
