package dev.gantry.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.HostileStrings;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** `gantry graph`: a diagram per environment, as Mermaid or as DOT that Graphviz reads. */
class GraphCommandTest {

    @Test
    void oneEnvironmentIsOneDiagram() throws Exception {
        CliRun run = CliRun.of("graph", "-f", "examples/ezplatform/environment.yaml", "--env", "prod");
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("flowchart LR\n"), run.out());
        assertTrue(run.out().contains("subgraph g1[\"task app\"]"), run.out());
        assertTrue(run.out().contains("[[\"db<br/>ezshop-prod.cluster"), "db is a managed service in prod");
    }

    @Test
    void everyExampleIsValidDot(@TempDir Path dir) throws Exception {
        Tools.require("dot");
        for (String example : List.of("docker-machine", "ezplatform", "openvstorage", "php-stages", "shopware")) {
            CliRun run = CliRun.of("graph", "-f", "examples/" + example + "/environment.yaml", "--format", "dot");
            assertEquals(0, run.exit(), run.err());
            for (String graph : run.out().split("\n(?=// environment )")) {
                Path file = Files.writeString(dir.resolve(example + ".dot"), graph);
                Processes.Result dot = Processes.run(dir, List.of("dot", "-Tsvg", "-o", "/dev/null", file.toString()));
                assertEquals(0, dot.exit(), example + ": " + dot.err() + "\n" + graph);
                assertTrue(dot.err().isEmpty(), dot.err());
            }
        }
    }

    @Test
    void hostileLabelsStayLabelsInDot(@TempDir Path dir) throws Exception {
        Tools.require("dot");
        for (String hostile : HostileStrings.FIXED) {
            Shape shape = new Shape("env", List.of("compose"), "network",
                    List.of(new Shape.Node("a", Shape.Kind.SERVICE, hostile, List.of(), java.util.Optional.of(hostile)),
                            new Shape.Node(hostile, Shape.Kind.CATALOG, hostile, List.of(), java.util.Optional.empty())),
                    List.of(new Shape.Edge("a", hostile, Shape.Relation.DEPENDS_ON, hostile)));
            Path file = Files.writeString(dir.resolve("g.dot"), DotWriter.write(shape));
            Processes.Result dot = Processes.run(dir, List.of("dot", "-Tcanon", file.toString()));
            assertEquals(0, dot.exit(), hostile + ": " + dot.err());
        }
    }

    @Test
    void aBadFormatIsABadCommandLine(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write("""
                gantry: 1
                project: {name: shop}
                services: {web: {image: "nginx:1.27.3"}}
                environments: {dev: {targets: [compose]}}
                """);
        CliRun run = project.run("graph", "--format", "png");
        assertEquals(2, run.exit(), run.err());
        assertTrue(run.err().contains("png"), run.err());
    }
}
