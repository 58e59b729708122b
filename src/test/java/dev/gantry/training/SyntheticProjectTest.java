package dev.gantry.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.diag.Diagnostic;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark's and the start-up archive's input stays valid as targets are added: it compiles
 * without an error and every target of this build writes files from it. A new target that needs
 * settings fails here until SyntheticProject gives it some.
 */
class SyntheticProjectTest {

    @Test
    void compilesAndUsesEveryTarget(@TempDir Path temp) throws Exception {
        for (int services : new int[] {2, 25}) {
            Path file = temp.resolve(services + "/environment.yaml");
            SyntheticProject.write(services, file);
            Compilation compilation = Compiler.compile(file, file.toString(), Options.everything());
            assertTrue(compilation.ok(), services + " services: " + compilation.diagnostics().stream()
                    .filter(Diagnostic::isError).toList());
            Set<String> producing = new TreeSet<>();
            compilation.producers().values().forEach(target -> producing.add(target.name()));
            assertEquals(SyntheticProject.available(), producing, services + " services");
        }
    }

    @Test
    void notesTargetsItDoesNotKnowAndKnownOnesThisBuildLacks() {
        ByteArrayOutputStream notes = new ByteArrayOutputStream();
        SyntheticProject.notes(Set.of("compose", "teleport"), Set.of("teleport"), new PrintStream(notes, true,
                StandardCharsets.UTF_8));
        String text = notes.toString(StandardCharsets.UTF_8);
        assertTrue(text.contains("target `teleport` is new to the synthetic project"), text);
        assertTrue(text.contains("target `ecs` is not in this build"), text);
        assertTrue(!text.contains("`compose`"), text);
    }
}
