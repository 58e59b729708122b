package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * What a test needs of the machine: external tools on the PATH, root, upstream schemas. When something is missing the
 * test is skipped with a message saying what to install; with {@code GANTRY_REQUIRE_TOOLS=1} (which
 * {@code .ci/run} sets) it fails instead, so CI never passes by skipping.
 *
 * <p>The Debian package named in the message comes from the TOOLS table of {@code .ci/run}, the
 * list CI installs; for a command missing from that table the message says to add it there.
 */
public final class Tools {

    private static final Path CI_SCRIPT = Path.of(".ci/run");
    private static final Path SHARED_SCHEMAS = Path.of("..", "shared", "schemas");
    private static final String TABLE_START = "<<'TOOLS'";
    private static final String TABLE_END = "TOOLS";

    private Tools() {
    }

    /** Returns when {@code command} is on the PATH; otherwise skips or fails the calling test. */
    public static void require(String command) {
        if (onPath(command)) {
            return;
        }
        String debianPackage = ciPackages().get(command);
        unavailable(debianPackage != null ? "`" + command + "` is not installed: apt-get install " + debianPackage
                : "`" + command + "` is not installed, and " + CI_SCRIPT + " does not install it: add a line `"
                        + command + " <debian-package>` to its TOOLS table");
    }

    /**
     * The tool as Debian's {@code debianPackage} installs it in /usr/bin, ahead of anything else on
     * PATH of the same name (a pyenv shim of {@code aws} may not run at all). Skips or fails the
     * calling test when it is not there.
     */
    public static Path debian(String command, String debianPackage) {
        Path path = Path.of("/usr/bin", command);
        if (!Files.isExecutable(path)) {
            unavailable(path + " is not installed: apt-get install " + debianPackage);
        }
        return path;
    }

    /** Debian's python3, when it can import {@code module} (which Debian's {@code debianPackage} installs). */
    public static Path debianPython(String module, String debianPackage) {
        Path python = debian("python3", "python3");
        try {
            if (Processes.run(Path.of("."), List.of(python.toString(), "-c", "import " + module)).exit() != 0) {
                unavailable(python + " cannot import " + module + ": apt-get install " + debianPackage);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return python;
    }

    /** A tool installed into the project (npm packages under .ci/node) rather than on PATH: {@code marker} must exist. */
    public static void requireInstalled(Path marker, String what, String install) {
        if (!Files.exists(marker)) {
            unavailable(what + " is not installed (" + install + ")");
        }
    }

    /**
     * An upstream JSON schema that no package registry publishes, from the project's shared folder beside
     * the clone ({@code ../shared/schemas}, which CI has): skips or fails the calling test when it is not there.
     */
    public static Path sharedSchema(String name) {
        Path schema = SHARED_SCHEMAS.resolve(name);
        if (!Files.isRegularFile(schema)) {
            unavailable("the upstream schema " + schema + " is not there: it comes with the project's shared folder"
                    + " beside the clone, which CI has");
        }
        return schema;
    }

    /** The value, when there is one; otherwise skips or fails the calling test with {@code whyMissing}. */
    public static <T> T requirePresent(Optional<T> value, String whyMissing) {
        if (value.isEmpty()) {
            unavailable(whyMissing);
        }
        return value.orElseThrow();
    }

    /** Returns when the test runs as root; otherwise skips or fails the calling test. */
    public static void requireRoot() {
        if (new com.sun.security.auth.module.UnixSystem().getUid() != 0) {
            unavailable("this test must run as root (CI runs it as root)");
        }
    }

    private static void unavailable(String message) {
        if ("1".equals(System.getenv("GANTRY_REQUIRE_TOOLS"))) {
            fail(message + " (GANTRY_REQUIRE_TOOLS=1 turns this skip into a failure)");
        }
        Assumptions.abort(message);
    }

    private static boolean onPath(String command) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }

    /** The TOOLS here-document of .ci/run: one {@code command package} pair a line. */
    private static Map<String, String> ciPackages() {
        List<String> lines;
        try {
            lines = Files.readAllLines(CI_SCRIPT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> packages = new LinkedHashMap<>();
        int start = 0;
        while (start < lines.size() && !lines.get(start).endsWith(TABLE_START)) {
            start++;
        }
        for (int i = start + 1; i < lines.size() && !lines.get(i).equals(TABLE_END); i++) {
            String[] fields = lines.get(i).trim().split("\\s+");
            if (fields.length == 2) {
                packages.put(fields[0], fields[1]);
            }
        }
        return packages;
    }
}
