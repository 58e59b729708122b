package dev.gantry.conformance;

import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A stand-in for the official {@code debian:bookworm-slim}, which cannot be pulled on CI machines:
 * a {@code debootstrap --variant=minbase} root file system from the Debian mirror the machine's apt uses,
 * committed under the official name so that {@code FROM debian:bookworm-slim} finds it locally.
 *
 * <p>The image is saved as an OCI archive in {@link #CACHE} and loaded from there by later runs
 * (for up to {@link #MAX_AGE}); delete the file to make it anew.
 */
final class DebianBaseImage {

    static final String NAME = "docker.io/library/debian:bookworm-slim";
    static final String SUITE = "bookworm";
    static final Path CACHE = Path.of("/var/tmp/gantry-test-cache/debian-bookworm-minbase.oci.tar");
    static final Duration MAX_AGE = Duration.ofDays(30);
    private static final Duration DEBOOTSTRAP_TIMEOUT = Duration.ofMinutes(20);
    /** The configuration of the official image: only PATH and a shell. */
    private static final String OFFICIAL_PATH = "PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private DebianBaseImage() {
    }

    /** Puts the image into buildah's store, from the cache when it is fresh; says what it did and how long it took. */
    static String provide(Buildah buildah) throws IOException, InterruptedException {
        long start = System.nanoTime();
        if (isFresh(CACHE) && buildah.run(Buildah.QUICK, List.of("pull", "oci-archive:" + CACHE)).exit() == 0
                && buildah.hasImage(NAME)) {
            return "loaded " + NAME + " from " + CACHE + " in " + Timing.since(start);
        }
        String mirror = Tools.requirePresent(AptSources.mirror(Path.of("/etc/apt"), SUITE), "this machine's apt sources"
                + " (/etc/apt/sources.list, /etc/apt/sources.list.d/) name no Debian mirror for " + SUITE
                + ", and debootstrap makes the base image from the mirror apt uses");
        make(buildah, mirror);
        String made = "made " + NAME + " with debootstrap from " + mirror + " in " + Timing.since(start);
        save(buildah);
        return made;
    }

    private static void make(Buildah buildah, String mirror) throws IOException, InterruptedException {
        String container = buildah.ok("from", "scratch").out().strip();
        try {
            Path root = Path.of(buildah.ok("mount", container).out().strip());
            Processes.run(Path.of("."), Map.of(), null,
                    List.of("debootstrap", "--variant=minbase", SUITE, root.toString(), mirror), DEBOOTSTRAP_TIMEOUT)
                    .assertSuccess();
            slim(root);
            buildah.ok("config", "--env", OFFICIAL_PATH, "--cmd", "[\"bash\"]", container);
            buildah.ok("commit", "--quiet", container, NAME);
        } finally {
            buildah.run(Buildah.QUICK, List.of("rm", container));
        }
    }

    /**
     * Removes what debootstrap leaves that the official image does not have: this machine's host
     * name and resolver (a build gets its own), the downloaded packages and package lists.
     */
    private static void slim(Path root) throws IOException {
        Files.deleteIfExists(root.resolve("etc/hostname"));
        Files.deleteIfExists(root.resolve("etc/resolv.conf"));
        deleteFiles(root.resolve("var/cache/apt/archives"), "*.deb");
        deleteFiles(root.resolve("var/lib/apt/lists"), "*_*");
    }

    private static void deleteFiles(Path dir, String glob) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, glob)) {
            for (Path file : files) {
                Files.delete(file);
            }
        }
    }

    /** Writes the archive next to its place and renames it, so a concurrent or killed run never sees half of it. */
    private static void save(Buildah buildah) throws IOException, InterruptedException {
        Files.createDirectories(CACHE.getParent());
        Path partial = Files.createTempFile(CACHE.getParent(), "partial-", ".oci.tar");
        Files.delete(partial);
        try {
            buildah.ok("push", "--quiet", NAME, "oci-archive:" + partial + ":" + NAME);
            Files.move(partial, CACHE, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
    }

    private static boolean isFresh(Path file) throws IOException {
        return Files.isRegularFile(file)
                && Files.getLastModifiedTime(file).compareTo(FileTime.from(Instant.now().minus(MAX_AGE))) > 0;
    }
}
