package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import dev.gantry.util.GantryVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Gantry's GitHub Action (action.yml): GitHub's own parser accepts it, its actions are pinned to commits,
 * it fetches releases from the repository the pom names, and its shell passes shellcheck as GitHub
 * runs it. ActionIT runs its install script against this build's release archive.
 */
class ActionTest {

    private static final Path NODE_TOOLS = Path.of(".ci", "node").toAbsolutePath();

    @Test
    void isACompositeActionWithAVersionAndAJavaVersion() throws Exception {
        ActionFile action = new ActionFile();
        assertEquals("composite", action.map("runs").get("using"));
        Map<String, Object> inputs = action.map("inputs");
        assertEquals(List.of("version", "java-version"), List.copyOf(inputs.keySet()));
        assertEquals(true, ((Map<?, ?>) inputs.get("version")).get("required"));
        assertEquals("17", ((Map<?, ?>) inputs.get("java-version")).get("default"));
        assertEquals(GantryVersion.repository(), ActionFile.env(action.step("install")).get("GANTRY_REPOSITORY"),
                "the repository the pom names (gantry.repository)");
    }

    @Test
    void itsActionsArePinnedToCommits() throws Exception {
        List<String> uses = new ArrayList<>();
        for (String line : Files.readAllLines(ActionFile.PATH)) {
            if (line.trim().startsWith("uses:")) {
                uses.add(line.trim());
                assertTrue(line.matches("\\s*uses: [\\w.-]+/[\\w.-]+@[0-9a-f]{40} # v[0-9.]+"), line);
            }
        }
        assertEquals(2, uses.size(), uses.toString());
    }

    @Test
    void gitHubsParserAcceptsIt() throws Exception {
        Tools.require("node");
        Tools.requireInstalled(NODE_TOOLS.resolve("node_modules/@actions/workflow-parser/package.json"),
                "@actions/workflow-parser", "npm ci --prefix .ci/node, as .ci/run does");
        Processes.Result parsed = Processes.run(NODE_TOOLS, List.of("node", "--import",
                NODE_TOOLS.resolve("json-modules.mjs").toUri().toString(), "check-action.mjs",
                ActionFile.PATH.toAbsolutePath().toString()));
        assertEquals("", parsed.output(), parsed::describe);
        assertEquals(0, parsed.exit(), parsed::describe);
    }

    /** As GitHub runs a bash step of a composite action: bash --noprofile --norc -eo pipefail. */
    @Test
    void itsShellPassesShellcheckAndReadsNoExpression() throws Exception {
        Tools.require("shellcheck");
        List<String> problems = new ArrayList<>();
        int scripts = 0;
        for (Map<String, Object> step : new ActionFile().steps()) {
            if (step.get("run") instanceof String run) {
                scripts++;
                assertEquals("bash", step.get("shell"), step.get("name") + ": the shell");
                assertFalse(run.contains("${{"), step.get("name") + ": inputs reach scripts through env, never as text");
                Processes.Result check = Processes.run(Path.of("."), Map.of(), "#!/usr/bin/env bash\nset -eo pipefail\n"
                        + run, List.of("shellcheck", "--shell=bash", "--severity=style", "-"));
                if (check.exit() != 0) {
                    problems.add(step.get("name") + ":\n" + check.output());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertEquals(2, scripts);
    }
}
