package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
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
 * Every string reaches a compose file as exactly that string: PyYAML (what docker-compose 1.x
 * reads with) sees it with `$` doubled, and docker-compose interpolates it back to the original;
 * from typed keys and from raw blocks alike (values and keys).
 */
class ComposeRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String READ_YAML = "import json, sys, yaml; print(json.dumps(yaml.safe_load(sys.stdin)))";
    /** docker-compose's own loader: parse, validate and interpolate the file as `up` would. */
    private static final String COMPOSE_LOAD = String.join("\n",
            "import json, sys",
            "from compose.config import config",
            "from compose.config.environment import Environment",
            "details = config.find('.', [sys.argv[1]], Environment.from_env_file('.'))",
            "print(json.dumps({s['name']: {'environment': s.get('environment'), 'labels': s.get('labels'),",
            "                  'command': s.get('command'), 'entrypoint': s.get('entrypoint'),",
            "                  'test': s.get('healthcheck', {}).get('test')}",
            "                  for s in config.load(details).services}))");

    @Test
    void everyFreeTextFieldSurvivesPyYamlAndDockerCompose(@TempDir Path dir) throws Exception {
        Tools.require("docker-compose");
        List<String> values = new ArrayList<>(HostileStrings.FIXED);
        values.addAll(HostileStrings.random(20261121L, 1000));
        // environment.yaml as JSON, which YAML 1.2 reads as is: the input holds exactly these strings.
        ObjectNode root = JSON.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "roundtrip");
        ObjectNode app = root.putObject("services").putObject("app");
        app.put("image", "busybox:1.36");
        ObjectNode env = app.putObject("env");
        ObjectNode labels = app.putObject("labels");
        for (int i = 0; i < values.size(); i++) {
            env.put("V" + i, values.get(i));
            labels.put("test.v" + i, values.get(i));
        }
        com.fasterxml.jackson.databind.node.ArrayNode command = app.putArray("command");
        com.fasterxml.jackson.databind.node.ArrayNode entrypoint = app.putArray("entrypoint");
        com.fasterxml.jackson.databind.node.ArrayNode test = app.putObject("healthcheck").putArray("test");
        for (String value : values) {
            command.add(value);
            entrypoint.add(value);
            test.add(value);
        }
        // The same values through a raw block, and as the keys of raw labels: written as every value is.
        ObjectNode rawApp = ((ObjectNode) root.get("services")).putObject("rawapp");
        rawApp.put("image", "busybox:1.36");
        ObjectNode rawCompose = rawApp.putObject("raw").putObject("compose");
        ObjectNode rawEnv = rawCompose.putObject("environment");
        ObjectNode rawLabels = rawCompose.putObject("labels");
        com.fasterxml.jackson.databind.node.ArrayNode rawCommand = rawCompose.putArray("command");
        for (int i = 0; i < values.size(); i++) {
            rawEnv.put("V" + i, values.get(i));
            rawLabels.put("k" + i + values.get(i), values.get(i));
            rawCommand.add(values.get(i));
        }
        root.putObject("environments").putObject("dev").putArray("targets").add("compose");
        Files.writeString(dir.resolve("environment.yaml"), JSON.writeValueAsString(root));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());
        Path compose = dir.resolve("docker-compose.dev.yml");

        String python = composePython();
        JsonNode raw = pyyaml(python, Files.readString(compose), dir).path("services").path("app");
        Processes.Result loaded = Processes.run(dir, List.of(python, "-c", COMPOSE_LOAD, compose.toString()));
        assertEquals(0, loaded.exit(), loaded.output());
        JsonNode resolved = JSON.readTree(loaded.output()).path("app");
        JsonNode rawResolved = JSON.readTree(loaded.output()).path("rawapp");
        for (int i = 0; i < values.size(); i++) {
            String expected = values.get(i);
            String what = "value " + i + " " + JSON.writeValueAsString(expected);
            assertEquals(expected.replace("$", "$$"), raw.path("environment").path("V" + i).asText(null), what);
            assertEquals(expected.replace("$", "$$"), raw.path("labels").path("test.v" + i).asText(null), what);
            assertEquals(expected, resolved.path("environment").path("V" + i).asText(null), what);
            assertEquals(expected, resolved.path("labels").path("test.v" + i).asText(null), what);
            assertEquals(expected, resolved.path("command").path(i).asText(null), what);
            assertEquals(expected, resolved.path("entrypoint").path(i).asText(null), what);
            assertEquals(expected, resolved.path("test").path(i + 1).asText(null), what + " (after CMD)");
            assertEquals(expected, rawResolved.path("environment").path("V" + i).asText(null), what + " (raw)");
            assertEquals(expected, rawResolved.path("labels").path("k" + i + expected).asText(null), what + " (raw)");
            assertEquals(expected, rawResolved.path("command").path(i).asText(null), what + " (raw)");
        }
    }

    /** The Python that runs docker-compose (Debian's), from the shebang of its script. */
    private static String composePython() throws Exception {
        Processes.Result which = Processes.run(Path.of("."), List.of("sh", "-c", "command -v docker-compose"));
        String first = Files.readAllLines(Path.of(which.output().strip())).get(0);
        return first.startsWith("#!") ? first.substring(2).strip().split("\\s+")[0] : "python3";
    }

    private static JsonNode pyyaml(String python, String yaml, Path dir) throws Exception {
        Processes.Result result = Processes.run(dir, java.util.Map.of(), yaml, List.of(python, "-c", READ_YAML));
        assertEquals(0, result.exit(), result.output());
        return JSON.readTree(result.output());
    }
}
