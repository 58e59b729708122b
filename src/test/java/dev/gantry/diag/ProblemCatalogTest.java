package dev.gantry.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue holds together: one id per problem, each well formed, in its range, never a retired
 * one, each with an example; and the README's table of ids is what the catalogue says. To accept a
 * change of the catalogue, run with {@code GANTRY_APPROVE=1}, which rewrites the README's table,
 * and review the diff.
 */
class ProblemCatalogTest {

    static final Path EXAMPLES = Path.of("src/test/resources/problems");
    private static final Path README = Path.of("README.md");
    private static final String BEGIN = "<!-- problem ids: generated from dev.gantry.diag.Problem by ProblemCatalogTest;"
            + " GANTRY_APPROVE=1 rewrites it -->\n";
    private static final String END = "<!-- end of problem ids -->\n";

    @Test
    void everyIdIsOneProblemOfItsRangeAndNeverARetiredOne() {
        Set<String> seen = new HashSet<>();
        Set<String> retired = Arrays.stream(RetiredId.values()).map(RetiredId::id).collect(Collectors.toSet());
        for (Problem problem : Problem.values()) {
            String id = problem.id();
            assertTrue(id.matches("[EW][0-9]{3}"), id);
            assertTrue(seen.add(id), id + " is given twice");
            assertFalse(retired.contains(id), id + " is retired");
            IdRange.of(id);
            assertFalse(problem.message().isBlank(), id);
        }
        for (RetiredId id : RetiredId.values()) {
            assertTrue(id.id().matches("[EW][0-9]{3}"), id.id());
        }
    }

    @Test
    void everyProblemHasOneExampleAndEveryExampleAProblem() throws IOException {
        Map<String, List<Path>> byId = examples();
        for (Problem problem : Problem.values()) {
            List<Path> found = byId.getOrDefault(problem.id(), List.of());
            assertEquals(1, found.size(), problem.id() + " (" + problem + ") needs one example in " + EXAMPLES
                    + ": ID.yaml, a folder ID/ for import, or ID.md saying why no input can show it; found " + found);
        }
        Set<String> ids = Arrays.stream(Problem.values()).map(Problem::id).collect(Collectors.toSet());
        assertEquals(Set.of(), new TreeSet<>(byId.keySet()).stream().filter(id -> !ids.contains(id))
                .collect(Collectors.toSet()), "examples of no problem");
    }

    @Test
    void theReadmeListsTheCatalogueAsItIs(@TempDir Path work) throws IOException {
        String readme = Files.readString(README);
        int begin = readme.indexOf(BEGIN);
        int end = readme.indexOf(END);
        assertTrue(begin >= 0 && end > begin, "README.md has no generated table of problem ids");
        String table = table(work);
        String written = readme.substring(begin + BEGIN.length(), end);
        if ("1".equals(System.getenv("GANTRY_APPROVE"))) {
            Files.writeString(README, readme.substring(0, begin + BEGIN.length()) + table + readme.substring(end));
            written = table;
        }
        assertEquals(table, written,
                "README.md's table of problem ids differs from the catalogue; GANTRY_APPROVE=1 rewrites it");
    }

    /** Each example in {@link #EXAMPLES} by the id it shows: ID.yaml, ID/ (import) or ID.md (a note). */
    static Map<String, List<Path>> examples() throws IOException {
        Map<String, List<Path>> byId = new TreeMap<>();
        try (Stream<Path> files = Files.list(EXAMPLES)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                String id = name.replaceFirst("\\.(yaml|md)$", "");
                byId.computeIfAbsent(id, k -> new ArrayList<>()).add(file);
            }
        }
        return byId;
    }

    /** The README's tables: the problems by range, then the retired ids, then the ids not yet split. */
    static String table(Path work) throws IOException {
        Map<String, List<Path>> examples = examples();
        StringBuilder out = new StringBuilder();
        for (IdRange range : IdRange.values()) {
            List<Problem> problems = Arrays.stream(Problem.values()).filter(p -> IdRange.of(p.id()) == range)
                    .sorted(Comparator.comparing(Problem::id)).toList();
            if (problems.isEmpty()) {
                continue;
            }
            out.append("\n#### ").append(range.title()).append("\n\n| id | message | hint | example |\n|---|---|---|---|\n");
            for (Problem p : problems) {
                out.append("| ").append(p.id()).append(" | ").append(cell(p.message())).append(" | ")
                        .append(cell(p.hint().orElse(""))).append(" | ")
                        .append(example(p.id(), examples.getOrDefault(p.id(), List.of()), work)).append(" |\n");
            }
        }
        out.append("\n#### Retired ids\n\n| id | was reported for | now |\n|---|---|---|\n");
        for (RetiredId id : RetiredId.values()) {
            out.append("| ").append(id.id()).append(" | ").append(cell(id.meant())).append(" | ")
                    .append(cell(id.now())).append(" |\n");
        }
        return out.append('\n').toString();
    }


    /** The example's input, linked, and the line it printed; or the note on why no input shows the problem. */
    private static String example(String id, List<Path> files, Path work) throws IOException {
        if (files.isEmpty()) {
            return "";
        }
        Path file = files.get(0);
        if (file.toString().endsWith(".md")) {
            return cell(Files.readString(file).strip());
        }
        String slash = Files.isDirectory(file) ? "/" : "";
        String line = ProblemExample.run(file, work.resolve(id)).line(id).orElse("");
        return "[" + file.getFileName() + slash + "](" + file.toString().replace('\\', '/') + slash + "): "
                + cell(line);
    }

    /** Text for a Markdown table cell: pipes escaped, angle brackets outside code spans too, lines joined by breaks. */
    static String cell(String text) {
        StringBuilder out = new StringBuilder();
        boolean code = false;
        for (char c : text.toCharArray()) {
            if (c == '`') {
                code = !code;
            }
            if (c == '|') {
                out.append("\\|");
            } else if (c == '\n') {
                out.append("<br>");
            } else if (!code && c == '<') {
                out.append("&lt;");
            } else if (!code && c == '>') {
                out.append("&gt;");
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
