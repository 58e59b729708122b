package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import dev.gantry.support.Tools;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Raw Dockerfile lines at every point they go (before and after a stage's RUN instructions, at the end
 * of an image) build for real with buildah, and mean what they say in the image: a BuildKit cache
 * mount, SHELL, VOLUME, ENV, LABEL, USER, STOPSIGNAL, ONBUILD. The base is Debian's static busybox in an
 * image of the test's own store, so the build takes seconds and needs no registry.
 */
class RawDockerfileBuildTest {

    private static final String BASE = "localhost/busybox:1.35";

    private static final String PROJECT = """
            gantry: 1
            project: {name: raw}
            images:
              base:
                from: "%s"
                stages:
                  - name: tools
                    run: ["echo typed > /typed"]
                    raw:
                      dockerfile:
                        before_run:
                          - 'SHELL ["/bin/sh", "-e", "-c"]'
                          - RUN --mount=type=cache,target=/cache echo cached > /cache/x && cp /cache/x /from-cache
                        after_run: [VOLUME /data, 'ENV RAW_ENV="a b"', 'LABEL "raw.label"="x y"']
                raw:
                  dockerfile:
                    end: [STOPSIGNAL SIGQUIT, ONBUILD RUN echo child]
              app:
                from: base
                stages:
                  - name: code
                    run: [touch /app]
                    raw: {dockerfile: {after_run: ["USER 65534:65534"]}}
            """.formatted(BASE);

    @Test
    void rawLinesBuildAndMeanWhatTheySay(@TempDir Path dir) throws Exception {
        Tools.require("buildah");
        Tools.require("busybox");
        Tools.requireRoot();
        TempProject project = new TempProject(dir).write(PROJECT);
        CliRun run = project.run("generate", "--target", "dockerfile");
        assertEquals(0, run.exit(), run.err());
        Buildah buildah = new Buildah(dir.resolve("store"));
        String container = buildah.ok("from", "scratch").out().strip();
        buildah.ok("copy", container, Path.of("/bin/busybox").toRealPath().toString(), "/bin/busybox");
        buildah.ok("run", "--isolation", "chroot", container, "/bin/busybox", "--install", "/bin");
        buildah.ok("config", "--env", "PATH=/bin", container);
        buildah.ok("commit", "-q", container, BASE);

        List<Path> files = new ArrayList<>(List.of(dir.resolve("Dockerfile")));
        files.add(dir.resolve(".docker/base/Dockerfile.stage0"));
        files.add(dir.resolve(".docker/app/Dockerfile.stage0"));
        for (Path file : files) {
            assertTrue(Files.readString(file).contains("RUN --mount=type=cache,target=/cache"), file.toString());
            build(buildah, dir, file, file.endsWith("Dockerfile") ? "app" : null, "localhost/raw:" + files.indexOf(file));
        }
        build(buildah, dir, dir.resolve("Dockerfile"), "base", "localhost/raw:base");

        JsonNode base = buildah.inspectImage("localhost/raw:base").path("Docker").path("config");
        assertEquals("SIGQUIT", base.path("StopSignal").asText());
        assertEquals("RUN echo child", base.path("OnBuild").path(0).asText());
        assertTrue(base.path("Volumes").has("/data"), base.toString());
        assertTrue(base.path("Env").toString().contains("RAW_ENV=a b"), base.toString());
        assertEquals("x y", base.path("Labels").path("raw.label").asText());
        assertEquals("[\"/bin/sh\",\"-e\",\"-c\"]", base.path("Shell").toString());
        JsonNode app = buildah.inspectImage("localhost/raw:0").path("Docker").path("config");
        assertEquals("65534:65534", app.path("User").asText());
        String from = buildah.ok("from", "localhost/raw:0").out().strip();
        assertEquals("cached", buildah.ok("run", "--isolation", "chroot", from, "cat", "/from-cache").out().strip());
        assertEquals("typed", buildah.ok("run", "--isolation", "chroot", from, "cat", "/typed").out().strip());
    }

    private static void build(Buildah buildah, Path dir, Path file, String target, String tag) throws Exception {
        List<String> args = new ArrayList<>(List.of("bud", "--isolation", "chroot", "--layers", "--pull=never",
                "--format", "docker"));
        if (target != null) {
            args.addAll(List.of("--target", target));
        }
        args.addAll(List.of("-t", tag, "-f", file.toString(), dir.toString()));
        buildah.run(Duration.ofMinutes(5), args).assertSuccess();
    }
}
