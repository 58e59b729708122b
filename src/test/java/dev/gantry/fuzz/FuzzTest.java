package dev.gantry.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Feeds mutated example files through the whole pipeline, rendering included: every input must
 * end in diagnostics or artifacts, never in an exception (which the CLI reports as exit 70).
 * CI runs a short, fixed budget; a longer run:
 * {@code mvn -q test -Dtest=FuzzTest -Dfuzz.inputs=0 -Dfuzz.seconds=600 -Dfuzz.seed=N}.
 * Crashing inputs are kept in target/fuzz-crashes/.
 */
class FuzzTest {

    @Test
    void mutatedInputsNeverCrash(@TempDir Path dir) throws IOException {
        long seed = Long.getLong("fuzz.seed", 20261121L);
        long inputs = Long.getLong("fuzz.inputs", 3000L);
        long seconds = Long.getLong("fuzz.seconds", 0L);
        List<byte[]> seeds = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.sorted().toList()) {
                seeds.add(Files.readAllBytes(example.resolve("environment.yaml")));
            }
        }
        Mutator mutator = new Mutator(seed);
        Path file = dir.resolve("environment.yaml");
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        long tried = 0;
        long valid = 0;
        List<String> crashes = new ArrayList<>();
        while (seconds > 0 ? System.nanoTime() < deadline : tried < inputs) {
            byte[] input = mutator.mutate(seeds.get((int) (tried % seeds.size())));
            Files.write(file, input);
            tried++;
            try {
                valid += Compiler.compile(file, "environment.yaml", Options.everything()).ok() ? 1 : 0;
            } catch (Exception | StackOverflowError e) {
                crashes.add(keep(input, e));
            }
        }
        System.out.printf("fuzz: seed %d, %d inputs, %d valid, %d crashes%n", seed, tried, valid, crashes.size());
        assertEquals(List.of(), crashes);
    }

    private static String keep(byte[] input, Throwable e) throws IOException {
        Path folder = Files.createDirectories(Path.of("target", "fuzz-crashes"));
        String name = String.format("%08x", java.util.Arrays.hashCode(input));
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        Files.write(folder.resolve(name + ".yaml"), input);
        Files.writeString(folder.resolve(name + ".txt"), trace.toString());
        return name + ": " + e;
    }
}
