package dev.gantry.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same input gives the same bytes whatever the locale or time zone: each example is generated
 * in a fresh JVM under German, Turkish (dotless i) and UTC+14 settings and compared byte for byte.
 */
class DeterminismTest {

    private static final List<Map<String, String>> SETTINGS = List.of(
            Map.of("LANG", "C.UTF-8", "TZ", "UTC", "-Duser.language", "en", "-Duser.country", "US"),
            Map.of("LANG", "de_DE.UTF-8", "TZ", "Europe/Berlin", "-Duser.language", "de", "-Duser.country", "DE"),
            Map.of("LANG", "tr_TR.UTF-8", "TZ", "Europe/Istanbul", "-Duser.language", "tr", "-Duser.country", "TR"),
            Map.of("LANG", "en_US.UTF-8", "TZ", "Pacific/Kiritimati", "-Duser.language", "en", "-Duser.country", "US",
                    "-Duser.timezone", "Pacific/Kiritimati"));

    @Test
    void sameBytesUnderEveryLocaleAndTimeZone(@TempDir Path dir) throws Exception {
        List<Path> examples;
        try (Stream<Path> s = ExamplesTest.examples()) {
            examples = s.toList();
        }
        for (Path example : examples) {
            Map<String, String> reference = null;
            for (int i = 0; i < SETTINGS.size(); i++) {
                Path out = dir.resolve(example.getFileName() + "-" + i);
                generate(example.resolve("environment.yaml"), out, SETTINGS.get(i));
                Map<String, String> files = read(out);
                if (reference == null) {
                    reference = files;
                } else {
                    assertEquals(reference, files, example + " under " + SETTINGS.get(i));
                }
            }
        }
    }

    private static void generate(Path file, Path out, Map<String, String> settings) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        settings.forEach((k, v) -> {
            if (k.startsWith("-D")) {
                command.add(k + "=" + v);
            }
        });
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "dev.gantry.cli.Main", "generate",
                "-f", file.toString(), "-o", out.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        settings.forEach((k, v) -> {
            if (!k.startsWith("-D")) {
                builder.environment().put(k, v);
            }
        });
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), output);
    }

    private static Map<String, String> read(Path folder) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(p)) {
                    files.put(folder.relativize(p).toString(), Files.readString(p));
                }
            }
        }
        return files;
    }
}
