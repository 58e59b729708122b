package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ENV and LABEL values reach the image exactly: a real build with buildah (no daemon, no base
 * image: FROM scratch) and its `inspect` output compared with the input. A value Docker cannot
 * carry (a line break) is rejected at validation instead, never altered.
 */
class DockerfileRoundTripTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void envAndLabelValuesSurviveARealBuild(@TempDir Path dir) throws Exception {
        Tools.require("buildah");
        List<String> values = new ArrayList<>();
        for (String v : HostileStrings.FIXED) {
            if (v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                values.add(v);
            }
        }
        for (String v : HostileStrings.random(11L, 1100)) {
            if (v.indexOf('\n') < 0 && v.indexOf('\r') < 0) {
                values.add(v);
            }
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("gantry", 1);
        root.putObject("project").put("name", "roundtrip");
        ObjectNode image = root.putObject("images").putObject("probe");
        image.put("from", "scratch");
        ObjectNode env = image.putObject("env");
        ObjectNode labels = image.putObject("labels");
        for (int i = 0; i < values.size(); i++) {
            env.put("V" + i, values.get(i));
            labels.put("test.v" + i, values.get(i));
        }
        Files.writeString(dir.resolve("environment.yaml"), JSON.writeValueAsString(root));
        CliRun run = CliRun.of("generate", "-f", dir.resolve("environment.yaml").toString());
        assertEquals(0, run.exit(), run.err());

        // A private image store in the test's folder: no daemon, nothing left behind, no clash with
        // the machine's own store.
        Buildah buildah = new Buildah(dir.resolve("store"));
        String tag = "localhost/gantry-roundtrip:probe";
        buildah.run(Duration.ofMinutes(10), List.of("bud", "--isolation", "chroot", "--target", "probe", "-t", tag,
                "-f", dir.resolve("Dockerfile").toString(), dir.toString())).assertSuccess();
        JsonNode config = buildah.inspectImage(tag).path("OCIv1").path("config");
        Map<String, String> builtEnv = new HashMap<>();
        config.path("Env").forEach(e -> {
            String s = e.asText();
            builtEnv.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
        });
        for (int i = 0; i < values.size(); i++) {
            String what = "value " + i + " " + JSON.writeValueAsString(values.get(i));
            assertEquals(values.get(i), builtEnv.get("V" + i), what);
            assertEquals(values.get(i), config.path("Labels").path("test.v" + i).asText(null), what);
        }
    }
}
