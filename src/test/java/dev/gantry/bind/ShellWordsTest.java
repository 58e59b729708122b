package dev.gantry.bind;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Command lines split as compose splits them, with what a shell would have read differently. */
class ShellWordsTest {

    private static void splits(String line, List<String> words, List<String> syntax) {
        ShellWords.Split split = ShellWords.split(line);
        assertEquals(Optional.empty(), split.problem(), line);
        assertEquals(words, split.words(), line);
        assertEquals(syntax, split.shellSyntax(), line);
    }

    @Test
    void wordsQuotesAndEscapes() {
        splits("--api.insecure=true  --providers.docker", List.of("--api.insecure=true", "--providers.docker"),
                List.of());
        splits("php -r 'echo \"a b\";'", List.of("php", "-r", "echo \"a b\";"), List.of());
        splits("say \"it's \\\"quoted\\\" \\\\ \\n\"", List.of("say", "it's \"quoted\" \\ \\n"), List.of());
        splits("one\\ word two", List.of("one word", "two"), List.of());
        splits("a''b \"\" c", List.of("ab", "", "c"), List.of());
        // As compose reads it (Python's shlex): a backslash keeps a line break, no continuation.
        splits("line\\\ncontinued", List.of("line\ncontinued"), List.of());
    }

    @Test
    void shellSyntaxIsNamedOnceEach() {
        splits("a && b || c | d; e > f 2>&1 < g", List.of("a", "&&", "b", "||", "c", "|", "d;", "e", ">", "f",
                "2>&1", "<", "g"), List.of("&&", "||", "|", ";", ">", "&", "<"));
        splits("echo $HOME ${X} $(id) `id` $? \"$Y\" '$Z'", List.of("echo", "$HOME", "${X}", "$(id)", "`id`", "$?",
                "$Y", "$Z"), List.of("$HOME", "${...", "$(...", "` (command substitution)", "$?", "$Y"));
        splits("ls ~/x #c a#b", List.of("ls", "~/x", "#c", "a#b"), List.of("~ (the home folder)", "# (a comment)"));
        splits("price 5$ 1 $", List.of("price", "5$", "1", "$"), List.of());
        // As compose splits it: a substitution with a blank in it is two words.
        splits("echo $(id -u)", List.of("echo", "$(id", "-u)"), List.of("$(..."));
    }

    @Test
    void whatCannotBeSplit() {
        assertEquals(Optional.of("a single quote is not closed"), ShellWords.split("a 'b").problem());
        assertEquals(Optional.of("a double quote is not closed"), ShellWords.split("a \"b").problem());
        assertEquals(Optional.of("it ends with a backslash that escapes nothing"), ShellWords.split("a \\").problem());
        assertEquals(Optional.of("it holds no word"), ShellWords.split(" \t ").problem());
    }
}
