package dev.gantry.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.TempProject;
import dev.gantry.targets.Artifact;
import dev.gantry.targets.ArtifactFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template that breaks quoting is caught before anything reaches the disk. */
class ArtifactCheckTest {

    @Test
    void rejectsMalformedArtifacts() {
        assertThrows(ArtifactCheck.MalformedArtifactException.class,
                () -> ArtifactCheck.verify(new Artifact("a.yml", "a: \"open\n", ArtifactFormat.YAML)));
        assertThrows(ArtifactCheck.MalformedArtifactException.class,
                () -> ArtifactCheck.verify(new Artifact("a.yml", "a: 1\na: 2\n", ArtifactFormat.YAML)));
        assertThrows(ArtifactCheck.MalformedArtifactException.class,
                () -> ArtifactCheck.verify(new Artifact("a.json", "{\"a\": 1, \"a\": 2}", ArtifactFormat.JSON)));
        assertThrows(ArtifactCheck.MalformedArtifactException.class,
                () -> ArtifactCheck.verify(new Artifact("Dockerfile", "FROM x\nENV A=\"b\nRUN rm -rf /\"\n",
                        ArtifactFormat.DOCKERFILE)));
        assertThrows(ArtifactCheck.MalformedArtifactException.class,
                () -> ArtifactCheck.verify(new Artifact("Dockerfile", "FROM x\nCMD [\"a\", 1]\n", ArtifactFormat.DOCKERFILE)));
        assertDoesNotThrow(() -> ArtifactCheck.verify(new Artifact("Dockerfile",
                "FROM x AS y\nENV A=\"q\\\"uote\\\\\"\nHEALTHCHECK --interval=5s CMD [\"a\"]\nRUN [\"sh\", \"-c\", \"x\"]\n",
                ArtifactFormat.DOCKERFILE)));
        assertDoesNotThrow(() -> ArtifactCheck.verify(new Artifact("r.yaml", "a: !include {type: string, path: x}\n",
                ArtifactFormat.YAML)));
    }

    @Test
    void aBrokenTemplateOverrideIsExit70AndWritesNothing(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("overrides/dockerfile"));
        Files.writeString(dir.resolve("overrides/dockerfile/lib.ftl"), """
                [#macro image image]
                FROM [=image.base] AS [=image.id]
                [#list image.config.env as e]
                ENV [=e.key]=[=e.value]
                [/#list]
                [/#macro]
                """);
        TempProject project = new TempProject(dir).write("""
                gantry: 1
                project: {name: demo}
                templates: overrides
                images:
                  base:
                    from: debian:bookworm-slim
                    env: {A: "one\\nRUN echo injected"}
                """);
        var before = project.snapshot();
        var run = project.run("generate");
        assertEquals(1, run.exit(), "the schema/lint catches a newline in an image env value first: " + run.err());
        project.write("""
                gantry: 1
                project: {name: demo}
                templates: overrides
                images:
                  base:
                    from: debian:bookworm-slim
                    env: {A: "a b"}
                    stages: [{name: s, run: ["echo 1"]}]
                """);
        Files.writeString(dir.resolve("overrides/dockerfile/lib.ftl"), """
                [#macro image image]
                FROM [=image.base] AS [=image.id]
                [#list image.config.env as e]
                ENV [=e.key]=[=e.value]
                not an instruction
                [/#list]
                [/#macro]
                """);
        before = project.snapshot();
        run = project.run("generate");
        assertEquals(70, run.exit(), run.err());
        assertTrue(run.err().contains("is not well-formed"), run.err());
        assertEquals(before, project.snapshot());
    }
}
