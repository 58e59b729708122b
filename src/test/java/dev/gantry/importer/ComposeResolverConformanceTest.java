package dev.gantry.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.importer.compose.ComposeLoader;
import dev.gantry.importer.compose.ComposeResolver;
import dev.gantry.importer.compose.DotEnv;
import dev.gantry.importer.compose.Leaf;
import dev.gantry.importer.compose.ResolvedCompose;
import dev.gantry.importer.compose.ResolvedService;
import dev.gantry.pipeline.Compilation;
import dev.gantry.pipeline.Options;
import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import dev.gantry.targets.Artifact;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Import's compose resolver (which verify uses on both sides) resolves files as
 * {@code docker-compose config} (1.29) does: overlays, .env interpolation, extends, anchors and
 * merge keys, the long forms. Both sides are read through the resolver's canonical forms, so this
 * compares what each setting means, not how each tool prints it. Checked on the test projects'
 * compose files and on the compose files Gantry generates from their import.
 */
class ComposeResolverConformanceTest {

    @Test
    void originalsResolveAsDockerComposeConfigDoes(@TempDir Path dir) throws Exception {
        Tools.require("docker-compose");
        Path shop = Fixtures.copy("shop", dir);
        assertSameAsDockerCompose(shop, List.of("docker-compose.yml", "docker-compose.dev.yml"), null);
        assertSameAsDockerCompose(shop, List.of("docker-compose.yml", "docker-compose.prod.yml"), null);
        Path simple = Fixtures.copy("simple", dir);
        // docker-compose 1.29 predates the top-level `name`, which only names the project
        Path compose = simple.resolve("compose.yaml");
        Files.writeString(compose, Files.readString(compose).replaceFirst("(?m)^name: .*\n", ""));
        assertSameAsDockerCompose(simple, List.of("compose.yaml"), null);
    }

    @Test
    void generatedFilesResolveAsDockerComposeConfigDoes(@TempDir Path dir) throws Exception {
        Tools.require("docker-compose");
        Path shop = Fixtures.copy("shop", dir);
        ImportResult result = Importer.run(new ImportRequest(List.of(
                new ImportRequest.Group(Optional.of("dev"), List.of(shop.resolve("docker-compose.yml"),
                        shop.resolve("docker-compose.dev.yml"))),
                new ImportRequest.Group(Optional.of("prod"), List.of(shop.resolve("docker-compose.yml"),
                        shop.resolve("docker-compose.prod.yml")))), shop.resolve("environment.yaml"), Optional.empty()));
        Compilation compiled = TrialCompile.compile(result.yaml(), shop.resolve("environment.yaml"),
                Options.everything());
        assertTrue(compiled.ok(), compiled.diagnostics()::toString);
        Path out = Files.createDirectories(dir.resolve("generated"));
        for (Artifact artifact : compiled.artifacts()) {
            Files.createDirectories(out.resolve(artifact.path()).getParent());
            Files.writeString(out.resolve(artifact.path()), artifact.content());
        }
        StringBuilder env = new StringBuilder();
        // the shop's own .env: settings read with from_env take their values from it, as the originals do
        Map<String, String> values = new TreeMap<>(DotEnv.read(shop.resolve(".env"), ".env").values());
        values.putAll(result.context().secrets().dotEnv("dev"));
        values.putAll(result.context().secrets().dotEnv("prod"));
        values.put("IMAGE_TAG", "1.0.0");
        values.forEach((k, v) -> env.append(k).append('=').append(v).append('\n'));
        Files.writeString(out.resolve(".env"), env);
        assertSameAsDockerCompose(out, List.of("docker-compose.dev.yml"), null);
        assertSameAsDockerCompose(out, List.of("docker-compose.prod.yml"), null);
    }

    private static void assertSameAsDockerCompose(Path folder, List<String> files, DotEnv dotEnv) throws Exception {
        List<Path> paths = files.stream().map(folder::resolve).toList();
        ResolvedCompose ours = ComposeResolver.resolve(ComposeLoader.load(paths, files, dotEnv));
        List<String> command = new ArrayList<>(List.of("docker-compose"));
        files.forEach(f -> command.addAll(List.of("-f", f)));
        command.add("config");
        Processes.Result result = Processes.run(folder, command);
        result.assertSuccess();
        Path resolvedFile = folder.resolve(".resolved-by-docker-compose.yml");
        Files.writeString(resolvedFile, result.out());
        ResolvedCompose theirs = ComposeResolver.resolve(ComposeLoader.load(List.of(resolvedFile),
                List.of("docker-compose config"), DotEnv.EMPTY));
        assertEquals(settings(theirs), settings(ours), "the services of " + files + " as docker-compose config"
                + " resolves them");
        Files.delete(resolvedFile);
    }

    /** Every setting of every service, by service and key, as one map to compare and show. */
    private static Map<String, String> settings(ResolvedCompose compose) {
        Map<String, String> out = new TreeMap<>();
        for (ResolvedService service : compose.services().values()) {
            for (Leaf leaf : service.leaves().values()) {
                out.put(service.name() + " " + leaf.key(), leaf.shown());
            }
        }
        compose.top().values().forEach(l -> out.put("(top) " + l.key(), l.shown()));
        return out;
    }
}
