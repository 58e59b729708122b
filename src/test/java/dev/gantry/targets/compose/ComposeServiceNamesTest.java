package dev.gantry.targets.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.training.SyntheticProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The control script's list of an environment's compose services is the one the compose file has. */
class ComposeServiceNamesTest {

    @Test
    void namesAreThoseOfTheBuiltFile(@TempDir Path temp) throws Exception {
        Path synthetic = temp.resolve("environment.yaml");
        SyntheticProject.write(30, synthetic);
        List<Path> files = new ArrayList<>(List.of(synthetic));
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            examples.map(dir -> dir.resolve("environment.yaml")).filter(Files::isRegularFile).sorted()
                    .forEach(files::add);
        }
        int compared = 0;
        for (Path file : files) {
            Compilation compilation = Compiler.compile(file, file.toString(), Options.validateOnly());
            Project project = compilation.project().orElseThrow(() -> new AssertionError(compilation.diagnostics()));
            for (Environment env : project.environments().values()) {
                List<String> built = new ComposeFileBuilder(project, env, ComposeSettings.of(project, env)).build()
                        .services().stream().map(ComposeService::name).toList();
                assertEquals(built, ComposeTarget.serviceNames(project, env), file + ", environment " + env.id());
                compared++;
            }
        }
        assertFalse(compared < files.size());
    }
}
