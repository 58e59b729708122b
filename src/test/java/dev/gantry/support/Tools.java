package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * External tools the conformance tests run. A missing tool skips the test when run by hand, and
 * fails it when GANTRY_REQUIRE_TOOLS=1 (as .ci/run sets), so CI never passes by skipping.
 */
public final class Tools {

    private Tools() {
    }

    public static void require(String command) {
        if (!onPath(command)) {
            missing(command + " is not installed (Debian: apt-get install " + command + ")");
        }
    }

    /**
     * The tool as Debian's {@code debianPackage} installs it in /usr/bin, ahead of anything else on
     * PATH of the same name (a pyenv shim of {@code aws} may not run at all).
     */
    public static Path debian(String command, String debianPackage) {
        Path path = Path.of("/usr/bin", command);
        if (!Files.isExecutable(path)) {
            missing(path + " is not installed (Debian: apt-get install " + debianPackage + ")");
        }
        return path;
    }

    /** A tool installed into the project (npm packages under .ci/node) rather than on PATH: {@code marker} must exist. */
    public static void requireInstalled(Path marker, String what, String install) {
        if (!Files.exists(marker)) {
            missing(what + " is not installed (" + install + ")");
        }
    }

    /** Debian's python3, when it can import {@code module} (which Debian's {@code debianPackage} installs). */
    public static Path debianPython(String module, String debianPackage) {
        Path python = debian("python3", "python3");
        try {
            if (Processes.run(Path.of("."), List.of(python.toString(), "-c", "import " + module)).exit() != 0) {
                missing(python + " cannot import " + module + " (Debian: apt-get install " + debianPackage + ")");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        return python;
    }

    private static void missing(String message) {
        if ("1".equals(System.getenv("GANTRY_REQUIRE_TOOLS"))) {
            fail(message + "; GANTRY_REQUIRE_TOOLS=1 forbids skipping");
        }
        Assumptions.abort(message + "; skipping");
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return true;
            }
        }
        return false;
    }
}
