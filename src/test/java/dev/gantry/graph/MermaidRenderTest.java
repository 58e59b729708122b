package dev.gantry.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diagram Gantry draws is drawn by the real Mermaid library in headless Chromium without a
 * parse or render error: each environment of each example, a change marked on each, and diagrams
 * whose names, images and labels are hostile strings.
 */
class MermaidRenderTest {

    static final Path TOOLS = Path.of(".ci/mermaid");

    static void requireRenderer() {
        Tools.require("chromium");
        Tools.requireInstalled(TOOLS.resolve("node_modules/mermaid/package.json"), "Mermaid",
                "npm ci --prefix " + TOOLS + ", which .ci/run does");
        Tools.requireInstalled(TOOLS.resolve("node_modules/playwright-core/package.json"), "playwright-core",
                "npm ci --prefix " + TOOLS + ", which .ci/run does");
    }

    @Test
    void everyExampleIsDrawnWithAndWithoutChanges(@TempDir Path dir) throws Exception {
        requireRenderer();
        List<Path> diagrams = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path example : examples.sorted().toList()) {
                Path file = example.resolve("environment.yaml");
                Compilation compilation = Compiler.compile(file, file.toString(), Options.validateOnly());
                assertTrue(compilation.ok(), compilation.diagnostics().toString());
                for (Shape shape : Shapes.of(compilation.plan().orElseThrow())) {
                    diagrams.add(write(dir, example.getFileName() + "-" + shape.environment(),
                            MermaidWriter.write(shape)));
                    diagrams.add(write(dir, example.getFileName() + "-" + shape.environment() + "-changed",
                            MermaidWriter.write(ShapeChange.between(shrunk(shape), shape))));
                }
            }
        }
        assertRendered(diagrams);
    }

    @Test
    void hostileNamesStayLabels(@TempDir Path dir) throws Exception {
        requireRenderer();
        List<Path> diagrams = new ArrayList<>();
        int i = 0;
        List<String> corpus = new ArrayList<>(HostileStrings.FIXED);
        corpus.addAll(HostileStrings.random(7, 100));
        for (String hostile : corpus) {
            Shape shape = new Shape("env", List.of("compose"), "network",
                    List.of(new Shape.Node("a", Shape.Kind.SERVICE, hostile, List.of(hostile), java.util.Optional.of(hostile)),
                            new Shape.Node(hostile, Shape.Kind.CATALOG, "x", List.of(), java.util.Optional.empty())),
                    List.of(new Shape.Edge("a", hostile, Shape.Relation.DEPENDS_ON, hostile)));
            diagrams.add(write(dir, "hostile-" + i++, MermaidWriter.write(shape)));
        }
        assertRendered(diagrams);
    }

    /** The shape with its first service and its last edge taken away: the change adds them back. */
    private static Shape shrunk(Shape shape) {
        List<Shape.Node> nodes = shape.nodes().isEmpty() ? List.of() : shape.nodes().subList(1, shape.nodes().size());
        List<Shape.Edge> edges = shape.edges().isEmpty() ? List.of()
                : shape.edges().subList(0, shape.edges().size() - 1);
        return new Shape(shape.environment(), shape.targets(), shape.grouping(), nodes, edges);
    }

    private static Path write(Path dir, String name, String diagram) throws Exception {
        Path file = dir.resolve(name.replaceAll("[^A-Za-z0-9_.-]", "_") + ".mmd");
        Files.writeString(file, diagram);
        return file;
    }

    private static void assertRendered(List<Path> diagrams) throws Exception {
        List<String> command = new ArrayList<>(List.of("node", TOOLS.resolve("render.mjs").toString()));
        diagrams.forEach(d -> command.add(d.toString()));
        Processes.Result result = Processes.run(Path.of("."), command);
        List<String> errors = result.out().lines().filter(l -> l.startsWith("error")).toList();
        assertEquals(List.of(), errors, result.err());
        assertEquals(diagrams.size(), result.out().lines().filter(l -> l.startsWith("ok ")).count(), result.err());
        assertEquals(0, result.exit(), result.out() + result.err());
    }
}
