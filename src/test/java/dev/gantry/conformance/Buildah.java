package dev.gantry.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.support.Processes;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * buildah on a private vfs image store in a folder of the test: builds need no daemon, and neither
 * read nor change the machine's own images (where a real {@code debian:bookworm-slim} may live, or a
 * store with another storage driver that vfs could not open).
 */
final class Buildah {

    /** For the quick commands (inspect, tag, mount, ...); builds pass their own. */
    static final Duration QUICK = Processes.DEFAULT_TIMEOUT;

    private final List<String> global;

    Buildah(Path store) {
        this.global = List.of("buildah", "--storage-driver", "vfs", "--root", store.resolve("root").toString(),
                "--runroot", store.resolve("run").toString());
    }

    Processes.Result run(Duration timeout, List<String> args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(global);
        command.addAll(args);
        return Processes.run(Path.of("."), Map.of(), null, command, timeout);
    }

    /** Runs a quick command and fails the test, with buildah's output, unless it succeeds. */
    Processes.Result ok(String... args) throws IOException, InterruptedException {
        return run(QUICK, List.of(args)).assertSuccess();
    }

    /**
     * A store for a build test, with the stand-in for {@code debian:bookworm-slim} in it; skips or
     * fails the test when buildah, debootstrap or root is missing. Says what it did, for the timings.
     */
    static Buildah withDebianBase(Path store, java.util.function.Consumer<String> timing)
            throws IOException, InterruptedException {
        dev.gantry.support.Tools.require("buildah");
        dev.gantry.support.Tools.require("debootstrap");
        dev.gantry.support.Tools.requireRoot();
        Buildah buildah = new Buildah(store);
        timing.accept(DebianBaseImage.provide(buildah));
        return buildah;
    }

    /** Deletes the containers and images of the store: JUnit would warn about every absolute link in them. */
    void empty() throws IOException, InterruptedException {
        run(QUICK, List.of("rm", "--all"));
        run(QUICK, List.of("rmi", "--all", "--force"));
    }

    boolean hasImage(String name) throws IOException, InterruptedException {
        return run(QUICK, List.of("inspect", "--type", "image", name)).exit() == 0;
    }

    /** {@code buildah inspect} of an image: its OCI and Docker configs, among other things. */
    JsonNode inspectImage(String name) throws IOException, InterruptedException {
        return new ObjectMapper().readTree(ok("inspect", "--type", "image", name).out());
    }
}
