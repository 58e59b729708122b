package dev.gantry.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each example of the catalogue (src/test/resources/problems) shows its id and no other. An
 * {@code ID.yaml} is an environment.yaml, given to {@code gantry validate} unless its first line
 * names another command ({@code # gantry diff --env nowhere}); a folder {@code ID/} holds files given
 * to {@code gantry import}, all of them unless a file {@code command} in it names the command.
 */
class ProblemExamplesTest {

    private static final Pattern ID = Pattern.compile("(?:error|warning)\\[([EW][0-9]{3})]");
    private static final String COMMAND = "# gantry ";

    @TestFactory
    Stream<DynamicTest> eachExampleShowsItsIdAlone(@TempDir Path dir) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : ProblemCatalogTest.examples().entrySet()) {
            for (Path example : e.getValue()) {
                if (!example.toString().endsWith(".md")) {
                    tests.add(DynamicTest.dynamicTest(example.getFileName().toString(),
                            () -> check(e.getKey(), example, dir.resolve(e.getKey()))));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String id, Path example, Path work) throws IOException {
        CliRun run = Files.isDirectory(example) ? importing(example, work) : validating(example, work);
        Set<String> shown = new TreeSet<>();
        Matcher m = ID.matcher(run.out() + run.err());
        while (m.find()) {
            shown.add(m.group(1));
        }
        assertEquals(Set.of(id), shown, example + " should show " + id + " alone:\n" + run.out() + run.err());
    }

    private static CliRun validating(Path example, Path work) throws IOException {
        Path file = Files.createDirectories(work).resolve("environment.yaml");
        Files.copy(example, file);
        String first = new String(Files.readAllBytes(example), StandardCharsets.ISO_8859_1).lines().findFirst()
                .orElse("");
        List<String> args = new ArrayList<>(first.startsWith(COMMAND)
                ? Arrays.asList(first.substring(COMMAND.length()).strip().split(" +")) : List.of("validate"));
        args.addAll(List.of("-f", file.toString()));
        return CliRun.of(args.toArray(String[]::new));
    }

    private static CliRun importing(Path example, Path work) throws IOException {
        Files.createDirectories(work);
        try (Stream<Path> files = Files.walk(example)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = work.resolve(example.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        Path command = work.resolve("command");
        List<String> args = new ArrayList<>();
        if (Files.exists(command)) {
            for (String arg : Files.readString(command).strip().replaceFirst("^gantry ", "").split(" +")) {
                args.add(Files.exists(work.resolve(arg)) && !arg.isEmpty() ? work.resolve(arg).toString() : arg);
            }
            Files.delete(command);
        } else {
            args.addAll(List.of("import", work.toString()));
        }
        return CliRun.of(args.toArray(String[]::new));
    }
}
