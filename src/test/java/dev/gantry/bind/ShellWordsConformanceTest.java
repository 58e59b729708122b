package dev.gantry.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Gantry splits a string command exactly as docker-compose 1.x does, with Python's shlex in POSIX
 * mode (Debian's python3): random lines of quotes, backslashes, blanks and shell syntax, and the
 * hostile strings, give the same words, or are refused by both. (A line without a word is an error
 * in Gantry, where compose would run the image's command.)
 */
class ShellWordsConformanceTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SPLIT = String.join("\n",
            "import json, shlex, sys",
            "out = []",
            "for line in json.load(sys.stdin):",
            "    try:",
            "        out.append(shlex.split(line))",
            "    except ValueError:",
            "        out.append(None)",
            "print(json.dumps(out))");

    @Test
    void splitsAsComposeSplits() throws Exception {
        Path python = Tools.debianPython("shlex", "python3");
        List<String> lines = new ArrayList<>(HostileStrings.FIXED);
        lines.addAll(HostileStrings.random(20261206L, 500));
        Random random = new Random(20261206L);
        String alphabet = "ab -='\"\\$`\n\t#&|;<>(){}~*";
        for (int i = 0; i < 3000; i++) {
            StringBuilder line = new StringBuilder();
            for (int j = random.nextInt(12); j >= 0; j--) {
                line.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            lines.add(line.toString());
        }
        Processes.Result result = Processes.run(Path.of("."), Map.of(), JSON.writeValueAsString(lines),
                List.of(python.toString(), "-c", SPLIT)).assertSuccess();
        JsonNode expected = JSON.readTree(result.out());
        for (int i = 0; i < lines.size(); i++) {
            ShellWords.Split split = ShellWords.split(lines.get(i));
            JsonNode composeWords = expected.get(i);
            if (composeWords.isNull()) {
                assertEquals(true, split.problem().isPresent(), "shlex refuses " + JSON.writeValueAsString(lines.get(i)));
            } else if (composeWords.isEmpty()) {
                assertEquals(true, split.problem().isPresent(), "no word in " + JSON.writeValueAsString(lines.get(i)));
            } else {
                List<String> words = new ArrayList<>();
                composeWords.forEach(w -> words.add(w.asText()));
                assertEquals(words, split.words(), JSON.writeValueAsString(lines.get(i)));
            }
        }
    }
}
