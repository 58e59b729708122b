package dev.gantry.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.plan.PlanText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Snippet tests of resolution: each {@code snippets/resolve/<case>.yaml} is compiled and its resolved
 * plan, as {@link PlanText} writes it, must be {@code <case>.plan.txt} beside it. On a difference the
 * test writes {@code <case>.plan.received.txt}; to accept a change on purpose, review it and rename
 * it (or run with {@code GANTRY_APPROVE=1}, which writes the expected files). Never edit an expected
 * file by hand.
 */
class ResolutionSnippetsTest {

    private static final Path FOLDER = Path.of("src/test/resources/snippets/resolve");

    @TestFactory
    List<DynamicTest> eachSnippetResolvesAsApproved() throws IOException {
        try (Stream<Path> files = Files.list(FOLDER)) {
            List<Path> inputs = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            assertFalse(inputs.isEmpty(), "no snippets in " + FOLDER);
            return inputs.stream().map(input -> DynamicTest.dynamicTest(name(input), () -> check(input))).toList();
        }
    }

    private static String name(Path input) {
        String file = input.getFileName().toString();
        return file.substring(0, file.length() - ".yaml".length());
    }

    private static void check(Path input) throws Exception {
        Compilation compilation = Compiler.compile(input, input.getFileName().toString(), Options.validateOnly());
        assertTrue(compilation.ok(), compilation.diagnostics().toString());
        String text = PlanText.of(compilation.plan().orElseThrow());
        Path expected = input.resolveSibling(name(input) + ".plan.txt");
        Path received = input.resolveSibling(name(input) + ".plan.received.txt");
        if ("1".equals(System.getenv("GANTRY_APPROVE"))) {
            Files.writeString(expected, text);
        }
        String approved = Files.exists(expected) ? Files.readString(expected) : "";
        if (approved.equals(text)) {
            Files.deleteIfExists(received);
        } else {
            Files.writeString(received, text);
        }
        assertEquals(approved, text, "the resolved plan of " + input + " differs from " + expected
                + "; the new one is in " + received);
    }
}
