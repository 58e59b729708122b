package dev.gantry.importer.verify;

import dev.gantry.importer.ImportResult;
import dev.gantry.importer.InputError;
import dev.gantry.importer.TrialCompile;
import dev.gantry.importer.compose.ResolvedCompose;
import dev.gantry.importer.dockerfile.DockerfileImporter;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Options;
import dev.gantry.render.ArtifactCheck;
import dev.gantry.render.RenderException;
import dev.gantry.targets.Artifact;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * {@code import --verify}: writes the imported environment.yaml into a temporary folder, generates
 * every file from it there with Gantry's compiler, and compares the generated compose files,
 * Dockerfile and Platform.sh files with the originals by meaning. Compose files on both sides go
 * through import's own resolver, which the tests hold to {@code docker-compose config}: verify
 * needs no docker-compose, reads no shell variables, and gives the same answer on every machine.
 * The generated files read their secrets from a {@code .env} verify writes with the values import
 * found, so that both sides resolve to the same settings.
 */
public final class Verifier {

    static final String METHOD = "compose files through Gantry's resolver, which follows docker-compose config;"
            + " Dockerfiles by instruction; Platform.sh and Upsun files by leaf key";
    private static final String PLACEHOLDER = dev.gantry.importer.Secrets.UNSET;

    private Verifier() {
    }

    public static Verification verify(ImportResult result, Path output) throws IOException, InputError {
        Path folder = Files.createTempDirectory("gantry-verify");
        try {
            Compilation compiled;
            try {
                compiled = TrialCompile.compile(result.yaml(), output, Options.everything());
            } catch (RenderException | ArtifactCheck.MalformedArtifactException e) {
                throw new IllegalStateException("the imported file does not generate: " + e.getMessage(), e);
            }
            if (!compiled.ok()) {
                throw new IllegalStateException("the imported file does not generate: " + compiled.diagnostics());
            }
            Map<String, String> artifacts = new LinkedHashMap<>();
            for (Artifact artifact : compiled.artifacts()) {
                Path target = folder.resolve(artifact.path());
                Files.createDirectories(target.getParent());
                Files.writeString(target, artifact.content());
                artifacts.put(artifact.path(), artifact.content());
            }
            Claims claims = new Claims(result.context().findings(), result.context().secrets().allValues());
            List<Row> rows = new ArrayList<>();
            Map<String, List<String>> added = new LinkedHashMap<>();
            for (Map.Entry<String, ResolvedCompose> env : result.composes().entrySet()) {
                List<String> extra = new ArrayList<>();
                rows.addAll(ComposeComparison.compare(env.getKey(), env.getValue(), result.renamed().get(env.getKey()),
                        folder, dotEnv(result, env.getKey(), artifacts.getOrDefault(".env.example", "")), claims, extra));
                added.put(env.getKey(), extra);
            }
            for (DockerfileImporter.Imported dockerfile : result.dockerfiles()) {
                rows.addAll(DockerfileComparison.compare(dockerfile, artifacts.getOrDefault("Dockerfile", ""),
                        result.context(), claims));
            }
            if (result.platform().isPresent()) {
                List<String> extra = new ArrayList<>();
                rows.addAll(PlatformComparison.compare(result.platform().get(), folder, claims, extra));
                added.put(result.platform().get().environment(), extra);
            }
            return new Verification(rows, added, METHOD);
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** The secrets' values import found, and a placeholder for every other variable the generated files read. */
    private static Map<String, String> dotEnv(ImportResult result, String env, String example) {
        Map<String, String> out = new LinkedHashMap<>(result.context().secrets().dotEnv(env));
        Set<String> fromEnv = result.context().secrets().readFromEnv(env);
        Optional.ofNullable(result.composes().get(env)).ifPresent(c -> c.project().dotEnv().values().forEach((k, v) -> {
            if (fromEnv.contains(k)) {
                out.putIfAbsent(k, v);
            }
        }));
        for (String line : example.split("\n")) {
            int eq = line.indexOf('=');
            if (!line.startsWith("#") && eq > 0 && !fromEnv.contains(line.substring(0, eq).strip())) {
                out.putIfAbsent(line.substring(0, eq).strip(), PLACEHOLDER);
            }
        }
        return out;
    }
}
