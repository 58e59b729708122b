package dev.gantry.target.dockerfile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.model.Project;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The build order, computed in one walk, is the order Gantry always gave: checked against the
 * straightforward definition (each image of the set in file order, after everything it needs, placed
 * recursively) on random projects where images build on and copy from one another, written in any
 * order in the file.
 */
class BuildOrderTest {

    @Test
    void isTheOrderOfTheRecursiveDefinitionOnRandomProjects(@TempDir Path dir) throws Exception {
        Random random = new Random(42);
        for (int round = 0; round < 60; round++) {
            Project project = compile(dir, randomImages(random, 2 + random.nextInt(12)));
            List<String> all = new ArrayList<>(project.images().keySet());
            assertEquals(reference(project, Set.copyOf(all)), DockerfileTarget.buildOrder(project, Set.copyOf(all)));
            for (String id : all) {
                Set<String> needed = DockerfileTarget.dependencies(project, id);
                assertEquals(reference(project, needed), DockerfileTarget.buildOrder(project, needed), id);
                Set<String> some = new LinkedHashSet<>();
                all.stream().filter(i -> random.nextBoolean()).forEach(some::add);
                assertEquals(reference(project, some), DockerfileTarget.buildOrder(project, some), some.toString());
            }
        }
    }

    @Test
    void theLongestChainAllowedIsOrderedRootFirst(@TempDir Path dir) throws Exception {
        StringBuilder yaml = new StringBuilder("gantry: 1\nproject: {name: deep}\nimages:\n");
        for (int i = 100; i >= 0; i--) {
            yaml.append("  i").append(i).append(": {from: ").append(i == 0 ? "debian:bookworm-slim" : "i" + (i - 1))
                    .append(", stages: [{name: s, run: [echo ").append(i).append("]}]}\n");
        }
        Project project = compile(dir, yaml.toString());
        List<String> order = DockerfileTarget.buildOrder(project, project.images().keySet());
        assertEquals(101, order.size());
        for (int i = 0; i < 101; i++) {
            assertEquals("i" + i, order.get(i));
        }
        assertEquals(101, DockerfileTarget.dependencies(project, "i100").size());
    }

    /** Images i0..i(n-1), each from a published image or one of lower number, some copying from others; shuffled. */
    private static String randomImages(Random random, int n) {
        List<String> images = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StringBuilder image = new StringBuilder("  i" + i + ":\n    from: ");
            image.append(i == 0 || random.nextInt(3) == 0 ? "debian:bookworm-slim" : "i" + random.nextInt(i));
            image.append("\n    stages:\n");
            int stages = 1 + random.nextInt(2);
            for (int s = 0; s < stages; s++) {
                image.append("      - name: s").append(s).append("\n        run: [echo ").append(i).append("]\n");
                if (i > 0 && random.nextInt(3) == 0) {
                    image.append("        copy: [{from: i").append(random.nextInt(i))
                            .append(", src: a, dest: /b}]\n");
                }
            }
            images.add(image.toString());
        }
        Collections.shuffle(images, random);
        return "gantry: 1\nproject: {name: demo}\nimages:\n" + String.join("", images);
    }

    private static Project compile(Path dir, String yaml) throws Exception {
        TempProject project = new TempProject(dir).write(yaml);
        Compilation result = Compiler.compile(project.file(), "environment.yaml",
                new Options(Set.of(), Set.of(), false));
        assertTrue(result.ok(), result.diagnostics().toString());
        return result.project().orElseThrow();
    }

    /** The definition: each image of {@code ids} in file order, after each image it needs that is in {@code ids}. */
    private static List<String> reference(Project project, Set<String> ids) {
        List<String> order = new ArrayList<>();
        for (String id : project.images().keySet()) {
            if (ids.contains(id)) {
                place(project, id, ids, order);
            }
        }
        return order;
    }

    private static void place(Project project, String id, Set<String> ids, List<String> order) {
        if (order.contains(id)) {
            return;
        }
        for (String dep : DockerfileTarget.dependencies(project, id)) {
            if (!dep.equals(id) && ids.contains(dep)) {
                place(project, dep, ids, order);
            }
        }
        order.add(id);
    }
}
