package dev.gantry.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.model.Project;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build order of the deepest nesting the file may hold, written leaf first. */
class ImageOrderTest {

    @Test
    void theLongestChainAllowedIsOrderedRootFirst(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("gantry: 1\nproject: {name: deep}\nimages:\n");
        for (int i = 100; i >= 0; i--) {
            yaml.append("  i").append(i).append(": {from: ").append(i == 0 ? "debian:bookworm-slim" : "i" + (i - 1))
                    .append(", stages: [{name: s, run: [echo ").append(i).append("]}]}\n");
        }
        TempProject temp = new TempProject(dir).write(yaml.toString());
        Compilation result = Compiler.compile(temp.file(), "environment.yaml", new Options(Set.of(), Set.of(), false));
        assertTrue(result.ok(), result.diagnostics().toString());
        Project project = result.project().orElseThrow();
        ImageOrder images = ImageOrder.of(project);
        List<String> order = images.all();
        assertEquals(101, order.size());
        for (int i = 0; i < 101; i++) {
            assertEquals("i" + i, order.get(i));
        }
        assertEquals(101, images.dependencies("i100").size());
    }
}
