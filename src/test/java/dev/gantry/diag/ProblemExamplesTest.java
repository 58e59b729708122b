package dev.gantry.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/** Each example of the catalogue ({@link ProblemExample}) shows its id and no other. */
class ProblemExamplesTest {

    @TestFactory
    Stream<DynamicTest> eachExampleShowsItsIdAlone(@TempDir Path dir) throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, List<Path>> e : ProblemCatalogTest.examples().entrySet()) {
            for (Path example : e.getValue()) {
                if (!example.toString().endsWith(".md")) {
                    tests.add(DynamicTest.dynamicTest(example.getFileName().toString(), () -> {
                        ProblemExample run = ProblemExample.run(example, dir.resolve(e.getKey()));
                        assertEquals(Set.of(e.getKey()), run.ids(),
                                example + " should show " + e.getKey() + " alone:\n" + run.printed());
                    }));
                }
            }
        }
        return tests.stream();
    }
}
