package dev.gantry.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Position;
import dev.gantry.model.Raw;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.RawContent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Raw blocks merged into YAML a template wrote: only the lines of the keys they touch change. */
class RawSpliceTest {

    private static final YamlWriter WRITER = new YamlWriter(new Quote()::yaml, v -> {
        throw new IllegalStateException();
    });

    static final String WORKFLOW = """
            # A comment
            name: Main

            on:
              push:
                branches:
                  - "main"

            jobs:
              build:
                name: Build ä 😀
                runs-on: "ubuntu-24.04"
                steps:
                  - name: Save
                    run: |
                      mkdir -p x
                      echo done
                  - uses: actions/checkout@v4
                    with: {fetch-depth: 0, lfs: "yes"}

              deploy:
                needs:
                  - build
                runs-on: "ubuntu-24.04"
                env: {REGION: "eu-west-1", "😀": x}
                steps:
                  - run: echo deploy
            """;

    private static int line = 1;

    /** A raw mapping of the given keys and values (strings, numbers, booleans, null, lists, raw values). */
    static Raw.Mapping map(Object... keysAndValues) {
        Map<String, Raw.Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = (String) keysAndValues[i];
            entries.put(key, new Raw.Entry(key, new Position(line++, 1), raw(keysAndValues[i + 1])));
        }
        return new Raw.Mapping(entries, new Position(line, 1));
    }

    static Raw raw(Object value) {
        Position at = new Position(line++, 3);
        if (value instanceof Raw r) {
            return r;
        }
        if (value == null) {
            return new Raw.Null(at);
        }
        if (value instanceof Boolean b) {
            return new Raw.Flag(b, at);
        }
        if (value instanceof Integer n) {
            return new Raw.Number(n.toString(), at);
        }
        if (value instanceof List<?> list) {
            return new Raw.Sequence(list.stream().map(RawSpliceTest::raw).toList(), at);
        }
        return new Raw.Text((String) value, at);
    }

    private static String apply(List<String> path, Raw.Mapping block, RawMerge.Result result) {
        Optional<String> out = RawSplice.apply(WORKFLOW, path, block, WRITER, result);
        assertTrue(out.isPresent(), "no mapping at " + path);
        return out.get();
    }

    /** The lines of {@code text} with {@code from} .. {@code to} (1-based) replaced by {@code lines}. */
    private static String edited(String text, int from, int to, String... lines) {
        List<String> out = new ArrayList<>(text.lines().toList());
        for (int i = to; i >= from; i--) {
            out.remove(i - 1);
        }
        out.addAll(from - 1, List.of(lines));
        return String.join("\n", out) + "\n";
    }

    @Test
    void replacesRemovesAndAddsOnlyTheLinesOfItsKeys() {
        RawMerge.Result result = new RawMerge.Result();
        String out = apply(List.of("jobs", "build"), map("runs-on", "ubuntu-22.04", "name", null,
                "steps", List.of(map("run", "echo ${{ x }}")), "timeout-minutes", 30), result);
        String expected = edited(WORKFLOW, 11, 19, "    runs-on: \"ubuntu-22.04\"", "    steps:",
                "      - run: \"echo ${{ x }}\"", "    timeout-minutes: 30");
        assertEquals(expected, out);
        assertEquals(List.of("jobs.build.runs-on -> ubuntu-24.04", "jobs.build.name -> Build ä 😀 (removed)",
                        "jobs.build.steps -> [{name: Save, run: mkdir -p x\necho done\n}, {uses: actions/checkout@v4,"
                                + " with: {fetch-depth: 0, lfs: yes}}]"),
                result.replaced().stream().map(r -> r.key().dotted() + " -> " + r.generated()
                        + (r.removed() ? " (removed)" : "")).toList());
    }

    @Test
    void mergesNestedBlockMappingsAndAddsWhereTheyEnd() {
        RawMerge.Result result = new RawMerge.Result();
        String out = apply(List.of(), map("on", map("push", map("tags", List.of("v*")), "workflow_dispatch", map()),
                "jobs", map("deploy", map("timeout-minutes", 20), "extra", map("runs-on", "x")),
                "concurrency", map("group", "g")), result);
        String expected = WORKFLOW.replace("""
                      - "main"
                """, """
                      - "main"
                    tags:
                      - "v*"
                  workflow_dispatch: {}
                """).replace("""
                      - run: echo deploy
                """, """
                      - run: echo deploy
                    timeout-minutes: 20
                  extra:
                    runs-on: "x"

                concurrency:
                  group: "g"
                """);
        assertEquals(expected, out);
        assertEquals(List.of(), result.replaced());
    }

    @Test
    void rewritesAFlowMappingWithItsScalarsAsTheyWere() {
        RawMerge.Result result = new RawMerge.Result();
        String out = apply(List.of("jobs", "deploy"), map("env", map("STAGE", "prod")), result);
        assertEquals(WORKFLOW.replace("    env: {REGION: \"eu-west-1\", \"😀\": x}\n",
                "    env:\n      REGION: \"eu-west-1\"\n      \"😀\": x\n      STAGE: \"prod\"\n"), out);
    }

    @Test
    void aPathTheFileDoesNotHaveChangesNothing() {
        assertEquals(Optional.empty(), RawSplice.apply(WORKFLOW, List.of("jobs", "smoke"), map("a", 1), WRITER,
                new RawMerge.Result()));
    }

    @Test
    void patchingAnArtifactWarnsAtEachReplacedKeyAndRecordsWhereRawValuesWent() {
        List<String> warnings = new ArrayList<>();
        Raw.Mapping block = map("runs-on", "x");
        Raw.Mapping nowhere = map("a", 1);
        Artifact artifact = RawSplice.patch(new Artifact("main.yml", WORKFLOW, ArtifactFormat.YAML), List.of(
                new RawContent.Patch(List.of("jobs", "build"), block, WRITER, "job `build`"),
                new RawContent.Patch(List.of("jobs", "smoke"), nowhere, WRITER, "job `smoke`")),
                (problem, at, values) -> warnings.add(problem.id() + " " + at + " "
                        + problem.at("main.yml", at, values).message()));
        assertEquals(List.of("W123 " + nowhere.at() + " this raw block has no place in main.yml: it"
                        + " has no job `smoke`", "W118 " + block.entries().get("runs-on").keyAt() + " raw value"
                        + " replaces `jobs.build.runs-on` of main.yml, which Gantry generates as `ubuntu-24.04`"),
                warnings);
        assertEquals(List.of("jobs.build.runs-on"), artifact.raw().stream().map(k -> k.dotted()).toList());
    }
}
