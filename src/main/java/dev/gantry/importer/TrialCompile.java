package dev.gantry.importer;

import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Compiler;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compiles an imported environment.yaml before it is written: from a hidden temporary file beside
 * where it goes, so that the files it names (a VCL, an env file) are found where they will be
 * found, and deleted at once. The compiler writes nothing; the artifacts stay in memory.
 */
public final class TrialCompile {

    private TrialCompile() {
    }

    public static Compilation compile(String yaml, Path output, Options options)
            throws IOException, RenderException, ArtifactCheck.MalformedArtifactException {
        Path target = output.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".environment.", ".yaml.tmp");
        try {
            Files.writeString(temp, yaml);
            return Compiler.compile(temp, output.getFileName().toString(), options);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
