package dev.gantry.targets.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Values in generated scripts, read back by bash itself: a registry is either rejected at
 * validation or comes back from `.docker/build-stages.sh` and `./dk` exactly as written.
 */
class ScriptValuesRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void registriesAreRejectedOrEchoedBackExactly(@TempDir Path dir) throws Exception {
        Tools.require("bash");
        List<String> candidates = new ArrayList<>(HostileStrings.FIXED);
        candidates.addAll(HostileStrings.random(99L, 1000));
        candidates.addAll(List.of("registry.example.com/acme", "localhost:5000/a-b/c_d", "123456789012.dkr.ecr.eu-central-1.amazonaws.com"));
        int accepted = 0;
        for (int i = 0; i < candidates.size(); i++) {
            String registry = candidates.get(i);
            Path folder = Files.createDirectories(dir.resolve("p" + i));
            ObjectNode root = JSON.createObjectNode();
            root.put("gantry", 1);
            root.putObject("project").put("name", "shop").put("registry", registry);
            root.putObject("images").putObject("base").put("from", "scratch").putArray("stages").addObject()
                    .put("name", "s").putArray("run").add("true");
            root.putObject("services").putObject("app").put("image", "base");
            root.putObject("environments").putObject("dev").putArray("targets").add("compose");
            Files.writeString(folder.resolve("environment.yaml"), JSON.writeValueAsString(root));
            CliRun run = CliRun.of("generate", "-f", folder.resolve("environment.yaml").toString());
            if (run.exit() == 1) {
                assertTrue(run.err().contains("error[E024]") && run.err().contains("project.registry"),
                        JSON.writeValueAsString(registry) + ": " + run.err());
                continue;
            }
            assertEquals(0, run.exit(), run.err());
            accepted++;
            for (String script : List.of(".docker/build-stages.sh", "dk")) {
                // Evaluate the script's own assignment line in bash and print the value back.
                String echo = "eval \"$(grep -m1 '^readonly repository=' " + script + ")\"; printf '%s' \"$repository\"";
                Processes.Result result = Processes.run(folder, List.of("bash", "-c", echo));
                assertEquals(0, result.exit(), result.output());
                assertEquals(registry + "/shop", result.output(), script + " with " + JSON.writeValueAsString(registry));
            }
        }
        assertTrue(accepted >= 3, "the valid registries must pass: " + accepted);
    }
}
