package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.importer.compose.ShellWords;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A string command splits into the arguments docker-compose 1.x gives it: Python's shlex.split. */
class ShellWordsTest {

    private static final Origin AT = Origin.of("docker-compose.yml");

    @Test
    void splitsLikeAPosixShellWithoutRunningOne() throws InputError {
        assertEquals(List.of("php", "-S", "0.0.0.0:8000", "a b"), ShellWords.split("php -S 0.0.0.0:8000 \"a b\"", AT));
        assertEquals(List.of("sh", "-c", "a && b"), ShellWords.split("sh -c 'a && b'", AT));
        assertEquals(List.of("--api.insecure=true", "--providers.docker"),
                ShellWords.split("--api.insecure=true   --providers.docker", AT));
        assertEquals(List.of("a\\b", "c d", "\"q\""), ShellWords.split("'a\\b' c\\ d \"\\\"q\\\"\"", AT));
        assertThrows(InputError.class, () -> ShellWords.split("echo 'open", AT));
    }

    @Test
    void agreesWithShlexOnHostileStrings() throws Exception {
        Path python = Tools.debianPython("yaml", "python3-yaml");
        List<String> inputs = new ArrayList<>(HostileStrings.FIXED);
        inputs.addAll(HostileStrings.random(20, 800));
        ObjectMapper json = new ObjectMapper();
        String script = "import json, shlex, sys\n"
                + "out = []\n"
                + "for s in json.load(sys.stdin):\n"
                + "    try:\n"
                + "        out.append(shlex.split(s))\n"
                + "    except ValueError:\n"
                + "        out.append(None)\n"
                + "json.dump(out, sys.stdout)\n";
        Processes.Result result = Processes.run(Path.of("."), Map.of(), json.writeValueAsString(inputs),
                List.of(python.toString(), "-c", script));
        result.assertSuccess();
        JsonNode expected = json.readTree(result.out());
        for (int i = 0; i < inputs.size(); i++) {
            String input = inputs.get(i);
            JsonNode words = expected.get(i);
            if (words.isNull()) {
                assertThrows(InputError.class, () -> ShellWords.split(input, AT), input);
            } else {
                List<String> want = new ArrayList<>();
                words.forEach(w -> want.add(w.asText()));
                assertEquals(want, ShellWords.split(input, AT), input);
            }
        }
    }
}
