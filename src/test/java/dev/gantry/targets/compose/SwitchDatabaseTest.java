package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.check.JsonTree;
import dev.gantry.diag.Diagnostics;
import dev.gantry.load.SourceFile;
import dev.gantry.load.YamlLoader;
import dev.gantry.support.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Switching the eZ Platform example from MariaDB to PostgreSQL is one line of environment.yaml, and
 * the generated files change only where a reviewer expects: the db service, the app's
 * DATABASE_URL, and the database variables of .env.example. Production on ECS, where the
 * database is a managed service, does not change.
 */
class SwitchDatabaseTest {

    private static final Path EXAMPLE = Path.of("examples", "ezplatform");

    @Test
    void oneLineEditChangesOnlyTheDatabase(@TempDir Path dir) throws Exception {
        String original = Files.readString(EXAMPLE.resolve("environment.yaml"));
        String edited = original.replace("use: mariadb:10.11", "use: postgresql:16");
        assertEquals(1, diffLines(original, edited), "the edit is one line");
        Files.writeString(dir.resolve("environment.yaml"), edited);
        Files.createDirectories(dir.resolve(".platform/configsets/solr9")); // the Solr configset Platform.sh gets
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());

        for (String env : List.of("dev", "qa")) {
            String file = "docker-compose." + env + ".yml";
            JsonNode before = services(EXAMPLE.resolve(file));
            JsonNode after = services(dir.resolve(file));
            assertNotEquals(before.get("db"), after.get("db"));
            assertTrue(after.get("db").get("image").asText().startsWith("postgres:16"));
            String url = after.get("app").get("environment").get("DATABASE_URL").asText();
            assertTrue(url.startsWith("postgresql://ezp:${DB_PASSWORD"), url);
            ((ObjectNode) before).remove("db");
            ((ObjectNode) after).remove("db");
            ((ObjectNode) before.get("app").get("environment")).remove("DATABASE_URL");
            ((ObjectNode) after.get("app").get("environment")).remove("DATABASE_URL");
            assertEquals(before, after, file + ": only db and DATABASE_URL may change");
        }
        String envBefore = Files.readString(EXAMPLE.resolve(".env.example"));
        String envAfter = Files.readString(dir.resolve(".env.example"));
        assertEquals(envBefore.replaceAll("(?m)^# root password of service db.*\\nDB_ROOT_PASSWORD=change-me\\n\\n", "")
                .replace("(mariadb)", "(postgresql)"), envAfter);
        for (String unchanged : List.of("Dockerfile", ".docker/build-stages.sh", "docker/dev/varnish/default.vcl",
                "deploy/ecs/prod/app.task-definition.json", "deploy/ecs/prod/search.task-definition.json")) {
            assertEquals(Files.readString(EXAMPLE.resolve(unchanged)), Files.readString(dir.resolve(unchanged)), unchanged);
        }
    }

    private static long diffLines(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        long n = 0;
        for (int i = 0; i < x.size(); i++) {
            n += x.get(i).equals(y.get(i)) ? 0 : 1;
        }
        return n;
    }

    private static JsonNode services(Path file) throws Exception {
        Diagnostics d = new Diagnostics(file.toString());
        return JsonTree.of(YamlLoader.load(new SourceFile(file, file.toString(), Files.readString(file)), d).root()
                .orElseThrow()).get("services");
    }
}
