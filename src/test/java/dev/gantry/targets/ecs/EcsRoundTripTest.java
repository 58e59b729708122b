package dev.gantry.targets.ecs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every string reaches a task definition as exactly that string: env values, labels, and secret
 * names and paths (as hostile as their patterns allow) read back from the JSON with Jackson unchanged.
 */
class EcsRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SSM_CHARS = "AZaz09_.-/";
    private static final String SECRETS_MANAGER_CHARS = "AZaz09/_+=.@-";
    private static final String KEY_CHARS = "AZaz09_.-";

    @Test
    void valuesLabelsAndSecretsSurviveTheJsonWriter(@TempDir Path dir) throws Exception {
        List<String> values = new ArrayList<>(HostileStrings.FIXED);
        values.addAll(HostileStrings.random(20261121L, 300));
        Random random = new Random(4L);
        // environment.yaml as JSON, which YAML 1.2 reads as is: the input holds exactly these strings.
        ObjectNode root = JSON.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "roundtrip");
        ObjectNode declared = root.putObject("secrets");
        ObjectNode app = root.putObject("services").putObject("app");
        app.put("image", "busybox:1.36");
        ObjectNode env = app.putObject("env");
        ObjectNode labels = app.putObject("labels");
        ArrayNode secretList = app.putArray("secrets");
        ObjectNode prod = root.putObject("environments").putObject("prod");
        prod.putArray("targets").add("ecs");
        prod.putObject("ecs").put("region", "eu-central-1").put("account", "123456789012").put("cpu", 0.25)
                .put("memory", "512MB").put("execution_role", "exec");
        ObjectNode sources = prod.putObject("secrets");
        Map<String, String> expectedArns = new HashMap<>();
        // Raw keys of the container and of the task: values and keys written as every value is.
        ObjectNode rawLabels = app.putObject("raw").putObject("ecs").putObject("dockerLabels");
        ArrayNode rawTags = prod.putObject("raw").putObject("ecs").putArray("tags");
        for (int i = 0; i < values.size(); i++) {
            env.put("V" + i, values.get(i));
            labels.put("test.v" + i, values.get(i));
            rawLabels.put("raw" + i + values.get(i), values.get(i));
            rawTags.addObject().put("key", "k" + i).put("value", values.get(i));
        }
        for (int i = 0; i < 40; i++) {
            String name = "S" + i + "_" + word(random, "AZ09_", 12).replace("a", "");
            declared.putObject(name);
            secretList.add(name);
            if (i % 2 == 0) {
                String path = "/" + word(random, SSM_CHARS, 30);
                sources.putObject(name).put("ssm", path);
                expectedArns.put(name, "arn:aws:ssm:eu-central-1:123456789012:parameter/" + path.substring(1));
            } else {
                String secret = word(random, SECRETS_MANAGER_CHARS, 30);
                String key = word(random, KEY_CHARS, 10);
                sources.putObject(name).put("secrets_manager", secret).put("key", key);
                expectedArns.put(name, "arn:aws:secretsmanager:eu-central-1:123456789012:secret:" + secret + ":"
                        + key + "::");
            }
        }
        Files.writeString(dir.resolve("environment.yaml"), JSON.writeValueAsString(root));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());

        JsonNode task = JSON.readTree(dir.resolve("deploy/ecs/prod/app.task-definition.json").toFile());
        JsonNode container = task.path("containerDefinitions").path(0);
        Map<String, String> environment = pairs(container.path("environment"), "value");
        for (int i = 0; i < values.size(); i++) {
            String what = "value " + i + " " + JSON.writeValueAsString(values.get(i));
            assertEquals(values.get(i), environment.get("V" + i), what);
            assertEquals(values.get(i), container.path("dockerLabels").path("raw" + i + values.get(i)).asText(null),
                    what + " (raw)");
            assertEquals(values.get(i), task.path("tags").path(i).path("value").asText(null), what + " (raw)");
        }
        assertEquals(expectedArns, pairs(container.path("secrets"), "valueFrom"));
    }

    /** A random non-empty word of {@code alphabet}: ranges as pairs (AZ, az, 09), other characters singly. */
    private static String word(Random random, String alphabet, int maxLength) {
        StringBuilder chars = new StringBuilder();
        for (int i = 0; i < alphabet.length(); i++) {
            char c = alphabet.charAt(i);
            if (i + 1 < alphabet.length() && Character.isLetterOrDigit(c) && alphabet.charAt(i + 1) > c) {
                for (char x = c; x <= alphabet.charAt(i + 1); x++) {
                    chars.append(x);
                }
                i++;
            } else {
                chars.append(c);
            }
        }
        StringBuilder out = new StringBuilder();
        int length = 1 + random.nextInt(maxLength);
        for (int i = 0; i < length; i++) {
            out.append(chars.charAt(random.nextInt(chars.length())));
        }
        return out.toString();
    }

    private static Map<String, String> pairs(JsonNode list, String valueField) {
        Map<String, String> out = new HashMap<>();
        list.forEach(entry -> out.put(entry.path("name").asText(), entry.path(valueField).asText(null)));
        return out;
    }
}
