package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.util.GantryVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * What the README, the hooks file and the action tell users to write names this release: the tag
 * (v + the pom's version) and the repository (the pom's gantry.repository), so that it exists once
 * the release is tagged.
 */
class ReadmeTest {

    private static final String VERSION = GantryVersion.current();
    private static final String REPOSITORY = GantryVersion.repository();
    private static final List<Path> FILES = List.of(Path.of("README.md"), Path.of(".pre-commit-hooks.yaml"),
            ActionFile.PATH);

    /** Each pattern's first group must be {@code expected} wherever it matches. */
    private record Rule(Pattern pattern, String expected) {
    }

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("rev: (\\S+)"), "v" + VERSION),
            new Rule(Pattern.compile("repo: https://github\\.com/(\\S+)"), REPOSITORY),
            new Rule(Pattern.compile("github\\.com/([\\w.-]+/[\\w.-]+)/releases"), REPOSITORY),
            new Rule(Pattern.compile("releases/download/(v[^/\\s]+)/"), "v" + VERSION),
            new Rule(Pattern.compile("releases/download/v[^/\\s]+/gantry-([0-9][^\\s/]*?)\\.(?:tar\\.gz|zip)"), VERSION),
            new Rule(Pattern.compile("uses: ((?!actions/|aws-actions/)[\\w.-]+/[\\w.-]+@[^\\s`]+)"),
                    REPOSITORY + "@v" + VERSION),
            new Rule(Pattern.compile("\\n\\s*version: \"([^\"]*)\""), VERSION));

    @Test
    void theReleaseTheyNameIsThisOne() throws Exception {
        List<String> wrong = new ArrayList<>();
        int found = 0;
        for (Path file : FILES) {
            String text = Files.readString(file);
            for (Rule rule : RULES) {
                Matcher m = rule.pattern().matcher(text);
                while (m.find()) {
                    found++;
                    if (!m.group(1).equals(rule.expected())) {
                        wrong.add(file + ": `" + m.group().trim() + "`, not " + rule.expected());
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(found >= 12, "found " + found);
    }
}
