package dev.gantry.diag;

import dev.gantry.support.CliRun;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One example of the catalogue (src/test/resources/problems), run as a user would run it. An
 * {@code ID.yaml} is an environment.yaml, given to {@code gantry validate} unless its first line
 * names another command ({@code # gantry diff --env nowhere}); a folder {@code ID/} holds files given
 * to {@code gantry import}, all of them unless a file {@code command} in it names the command. What
 * it printed is read with the work folder's path left out, as the user's own paths would be.
 */
record ProblemExample(String printed) {

    private static final Pattern ID = Pattern.compile("(?:error|warning)\\[([EW][0-9]{3})]");
    private static final String COMMAND = "# gantry ";

    /** Runs {@code example} in {@code work}, a folder of its own. */
    static ProblemExample run(Path example, Path work) throws IOException {
        CliRun run = Files.isDirectory(example) ? importing(example, work) : validating(example, work);
        return new ProblemExample((run.out() + run.err()).replace(work + "/", "").replace(work.toString(), "."));
    }

    /** The ids the run reported. */
    Set<String> ids() {
        Set<String> shown = new TreeSet<>();
        Matcher m = ID.matcher(printed);
        while (m.find()) {
            shown.add(m.group(1));
        }
        return shown;
    }

    /** The line that reports {@code id}: {@code environment.yaml:5:5: error[E020]: unknown key ...}. */
    Optional<String> line(String id) {
        return printed.lines().filter(l -> l.contains("[" + id + "]: ")).findFirst();
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
