package dev.gantry.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Position;
import dev.gantry.model.Raw;
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
                name: Build
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
                steps:
                  - run: echo deploy
            """;

    private static int line = 1;

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

    private static String apply(String yaml, List<String> path, Raw.Mapping block, RawMerge.Result result) {
        Optional<String> out = RawSplice.apply(yaml, path, block, WRITER, result);
        assertTrue(out.isPresent(), "no mapping at " + path);
        return out.get();
    }

    @Test
    void replacesRemovesAndAddsOnlyTheLinesOfItsKeys() {
        RawMerge.Result result = new RawMerge.Result();
        String out = apply(WORKFLOW, List.of("jobs", "build"), map("runs-on", "ubuntu-22.04", "timeout-minutes", 30,
                "name", null, "steps", List.of(map("run", "echo ${{ x }}"))), result);
        System.out.println(out);
    }

    @Test
    void nestedAndFlow() {
        RawMerge.Result result = new RawMerge.Result();
        String out = apply(WORKFLOW, List.of(), map("on", map("push", map("tags", List.of("v*")),
                "workflow_dispatch", map()), "jobs", map("build", map("steps", null), "deploy", map(
                "steps", map()), "extra", map("runs-on", "x")), "concurrency", map("group", "g")), result);
        System.out.println(out);
        out = apply(WORKFLOW, List.of("jobs", "build"), map("environment", "p"), result);
        System.out.println(out);
        System.out.println(result.replaced());
    }
}
