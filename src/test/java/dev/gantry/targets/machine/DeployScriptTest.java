package dev.gantry.targets.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPaths;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.approvaltests.Approvals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered deploy script of each driver, pinned by approval files that a person has reviewed;
 * and every generated script as bash and shellcheck read it.
 */
class DeployScriptTest {

    @TempDir
    Path dir;

    @Test
    void amazonec2() throws Exception {
        Approvals.verify(scripts(Inputs.EVERY_DRIVER).get(ArtifactPaths.machineScript("prod")));
    }

    @Test
    void google() throws Exception {
        Approvals.verify(scripts(Inputs.EVERY_DRIVER).get(ArtifactPaths.machineScript("staging")));
    }

    @Test
    void digitalocean() throws Exception {
        Approvals.verify(scripts(Inputs.EVERY_DRIVER).get(ArtifactPaths.machineScript("demo")));
    }

    @Test
    void generic() throws Exception {
        Approvals.verify(scripts(Inputs.EVERY_DRIVER).get(ArtifactPaths.machineScript("qa")));
    }

    @Test
    void oneScriptPerEnvironmentThatListsTheTarget() throws Exception {
        assertEquals(List.of("deploy/docker-machine/demo/deploy.sh", "deploy/docker-machine/prod/deploy.sh",
                "deploy/docker-machine/qa/deploy.sh", "deploy/docker-machine/staging/deploy.sh"),
                List.copyOf(scripts(Inputs.EVERY_DRIVER).keySet()));
    }

    @Test
    void everyScriptPassesBashAndShellcheck() throws Exception {
        Tools.require("bash");
        Tools.require("shellcheck");
        Map<String, String> all = new TreeMap<>(scripts(Inputs.EVERY_DRIVER));
        scripts(Inputs.TWO_MACHINES).forEach((path, text) -> all.put("two-machines/" + path, text));
        try (Stream<Path> committed = Files.walk(Path.of("examples"))) {
            for (Path p : committed.filter(p -> p.toString().contains("/deploy/docker-machine/")
                    && p.toString().endsWith(".sh")).toList()) {
                all.put(p.toString(), Files.readString(p));
            }
        }
        assertTrue(all.size() >= 6, all.keySet()::toString);
        List<String> problems = new ArrayList<>();
        int n = 0;
        for (var script : all.entrySet()) {
            Path file = dir.resolve("script" + n++ + ".sh");
            Files.writeString(file, script.getValue());
            check(List.of("bash", "-n", file.toString()), script.getKey(), problems);
            check(List.of("shellcheck", "--norc", file.toString()), script.getKey(), problems);
            Files.delete(file);
        }
        assertEquals(List.of(), problems);
    }

    private Map<String, String> scripts(String yaml) throws Exception {
        Path folder = Files.createTempDirectory(dir, "project");
        TempProject project = new TempProject(folder).write(yaml);
        Compilation compilation = Compiler.compile(project.file(), "environment.yaml", Options.everything());
        assertTrue(compilation.ok(), compilation.diagnostics()::toString);
        Map<String, String> out = new TreeMap<>();
        for (Artifact artifact : compilation.artifacts()) {
            if (artifact.path().startsWith("deploy/docker-machine/")) {
                assertEquals(ArtifactFormat.SHELL, artifact.format());
                out.put(artifact.path(), artifact.content());
            }
        }
        return out;
    }

    private static void check(List<String> command, String script, List<String> problems) throws IOException,
            InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            problems.add(command.get(0) + " on " + script + ":\n" + output);
        }
    }
}
