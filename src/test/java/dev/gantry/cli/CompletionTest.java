package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The completion script offers the words each option accepts, and the command accepts each word offered. */
class CompletionTest {

    private static final Pattern FUNCTION = Pattern.compile("^function _picocli_gantry_(\\w+)\\(\\)");
    private static final Pattern WORDS = Pattern.compile("^\\s*local \\w+_option_args=\\((.*)\\) # (--[\\w-]+) values$");

    /** Command, option and the words the script offers for it. */
    private record Offer(String command, String option, List<String> words) {
    }

    private static List<Offer> offers() {
        CliRun script = CliRun.of("generate-completion");
        assertEquals(0, script.exit(), script.err());
        List<Offer> offers = new ArrayList<>();
        String command = null;
        for (String line : script.out().lines().toList()) {
            Matcher function = FUNCTION.matcher(line);
            Matcher words = WORDS.matcher(line);
            if (function.find()) {
                command = function.group(1).replace('_', '-');
            } else if (words.matches()) {
                List<String> offered = new ArrayList<>();
                Matcher word = Pattern.compile("\"([^\"]*)\"").matcher(words.group(1));
                while (word.find()) {
                    offered.add(word.group(1));
                }
                offers.add(new Offer(command, words.group(2), offered));
            }
        }
        return offers;
    }

    @Test
    void everyWordOfferedIsAccepted() {
        List<Offer> offers = offers();
        Map<String, List<String>> errorFormats = new LinkedHashMap<>();
        for (Offer offer : offers) {
            for (String word : offer.words()) {
                CliRun run = CliRun.of(offer.command(), offer.option(), word, "--help");
                assertEquals(0, run.exit(), offer + ": '" + word + "' is offered, but refused: " + run.err());
            }
            CliRun other = CliRun.of(offer.command(), offer.option(), "no-such-word", "--help");
            assertEquals(2, other.exit(), offer + " accepts a word it does not offer");
            if (offer.option().equals("--error-format")) {
                errorFormats.put(offer.command(), offer.words());
            }
        }
        assertTrue(errorFormats.keySet().containsAll(List.of("validate", "generate", "diff")), errorFormats.toString());
        errorFormats.forEach((command, words) -> assertEquals(List.of("text", "github", "json"), words, command));
        assertTrue(offers.stream().anyMatch(o -> o.command().equals("diff") && o.option().equals("--format")
                && o.words().equals(List.of("text", "markdown"))), offers.toString());
    }

    @Test
    void theWordsAreAcceptedInAnyCase() {
        assertEquals(0, CliRun.of("validate", "--error-format", "GITHUB", "--help").exit());
        assertEquals(0, CliRun.of("catalog", "--format", "Markdown", "--help").exit());
    }
}
