package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The BuildKit forms that Debian's buildah builds, built for real: the {@code # syntax=} line, RUN
 * cache, secret and SSH mounts, {@code COPY --chmod}, and an image that environments start from
 * different images ({@code ARG} before the first {@code FROM}), through the assembled Dockerfile
 * with compose's build arguments and through {@code build-stages.sh}, which passes the build
 * secret from the variable of its name. ({@code COPY --link} needs BuildKit: buildah refuses it.)
 */
class BuildKitFormsBuildTest {

    private static final Duration BUILD_TIMEOUT = Duration.ofMinutes(10);
    private static final String SECRET = "s3cr3t-t0ken";

    @TempDir
    static Path store;
    private static Buildah buildah;

    @BeforeAll
    static void provideTheBaseImage() throws Exception {
        buildah = Buildah.withDebianBase(store, timing -> { });
    }

    @AfterAll
    static void emptyTheStore() throws Exception {
        if (buildah != null) {
            buildah.empty();
        }
    }

    @Test
    void buildahBuildsTheFormsItSupports(@TempDir Path dir) throws Exception {
        TempProject project = new TempProject(dir).write("""
                gantry: 1
                project: {name: forms}
                secrets:
                  BUILD_TOKEN: {description: A token the build needs and the image must not keep}
                images:
                  base:
                    from: debian:bookworm-slim
                    syntax: docker/dockerfile:1.7
                    stages:
                      - name: tools
                        copy:
                          - {src: hello.sh, dest: /usr/local/bin/hello, chmod: "0755"}
                        run:
                          - command: echo cached > /var/cache/forms/marker && test -s /var/cache/forms/marker
                            mounts: [{cache: /var/cache/forms, sharing: locked}]
                          - command: wc -c < /run/secrets/BUILD_TOKEN > /token-length
                            mounts: [{secret: BUILD_TOKEN}, {ssh: default}]
                  base-dev:
                    from: base
                    stages:
                      - name: dev
                        run: [touch /dev-marker]
                  app:
                    from: base
                    stages:
                      - name: app
                        run: ["if [ -e /dev-marker ]; then echo dev > /variant; else echo prod > /variant; fi"]
                services:
                  app: {image: app}
                environments:
                  dev:
                    targets: [compose]
                    images:
                      app: {from: base-dev}
                """);
        Files.writeString(dir.resolve("hello.sh"), "#!/bin/sh\necho hello\n");
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        String dockerfile = Files.readString(dir.resolve("Dockerfile"));
        assertTrue(dockerfile.startsWith("# syntax=docker/dockerfile:1.7\n"), dockerfile);
        assertTrue(dockerfile.contains("ARG APP_FROM=\"base\"\n"), dockerfile);

        // What compose passes in dev: the development base.
        bud(dir, List.of("--target", "app", "--build-arg", "APP_FROM=base-dev", "--secret",
                "id=BUILD_TOKEN,env=BUILD_TOKEN", "-t", "forms:app-dev", "-f", "Dockerfile"));
        assertEquals("dev", read("forms:app-dev", "/variant"));
        assertEquals("hello", runIn("forms:app-dev", "/usr/local/bin/hello"));
        assertEquals(Integer.toString(SECRET.length()), read("forms:app-dev", "/token-length"));
        assertFalse(runIn("forms:app-dev", "ls", "/run/secrets").contains("BUILD_TOKEN"), "no secret in the image");

        // What build-stages.sh passes: the default base and the build secret from its variable.
        Path builder = dir.resolve("buildah-build");
        Files.writeString(builder, "#!/bin/sh\nexec buildah --storage-driver vfs --root " + store.resolve("root")
                + " --runroot " + store.resolve("run") + " \"$@\" \n");
        builder.toFile().setExecutable(true);
        Processes.Result stages = Processes.run(dir, Map.of("DOCKER", builder.toString(), "BUILDAH_ISOLATION",
                "chroot", "BUILD_TOKEN", SECRET), null, List.of("bash", ".docker/build-stages.sh", "app"),
                BUILD_TIMEOUT);
        assertEquals(0, stages.exit(), stages.output());
        assertEquals("prod", read("localhost/forms:app-app", "/variant"));
    }

    private static void bud(Path dir, List<String> args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bud", "--isolation", "chroot", "--pull=never", "--format",
                "docker"));
        command.addAll(args);
        command.add(dir.toString());
        List<String> full = new ArrayList<>(List.of("buildah", "--storage-driver", "vfs", "--root",
                store.resolve("root").toString(), "--runroot", store.resolve("run").toString()));
        full.addAll(command);
        Processes.Result result = Processes.run(dir, Map.of("BUILD_TOKEN", SECRET), null, full, BUILD_TIMEOUT);
        assertEquals(0, result.exit(), result.output());
    }

    private static String read(String image, String file) throws Exception {
        return runIn(image, "cat", file);
    }

    private static String runIn(String image, String... command) throws Exception {
        String container = buildah.ok("from", "--pull=never", image).out().strip();
        try {
            List<String> args = new ArrayList<>(List.of("run", "--isolation", "chroot", container, "--"));
            args.addAll(List.of(command));
            return buildah.run(Buildah.QUICK, args).assertSuccess().out().strip();
        } finally {
            buildah.run(Buildah.QUICK, List.of("rm", container));
        }
    }
}
