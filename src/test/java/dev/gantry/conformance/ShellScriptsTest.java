package dev.gantry.conformance;

import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.gantry.support.Processes;
import dev.gantry.support.Tools;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every shell script in the examples passes {@code bash -n} and {@code shellcheck} at every
 * severity. The scripts are discovered, not listed: a target that starts writing a script is
 * checked from its first example on.
 */
class ShellScriptsTest {

    private static final Pattern SHELL_SHEBANG = Pattern.compile("#!\\s*\\S*/(env\\s+)?(ba)?sh\\b.*");

    @TestFactory
    Stream<DynamicTest> scriptsParse() {
        return scripts().map(script -> DynamicTest.dynamicTest(script.toString(), () -> {
            Tools.require("bash");
            Processes.run(Path.of("."), List.of("bash", "-n", script.toString())).assertSuccess();
        }));
    }

    @TestFactory
    Stream<DynamicTest> scriptsAreShellcheckClean() {
        return scripts().map(script -> DynamicTest.dynamicTest(script.toString(), () -> {
            Tools.require("shellcheck");
            Processes.run(Path.of("."), List.of("shellcheck", "--external-sources", "--source-path=SCRIPTDIR",
                    "--severity=style", script.toString())).assertSuccess();
        }));
    }

    @Test
    void theExamplesHaveScripts() {
        assertFalse(scripts().toList().isEmpty(), "no shell script found under examples/");
    }

    /** Files under examples/ named *.sh or starting with a sh/bash shebang, in path order. */
    static Stream<Path> scripts() {
        try (Stream<Path> walk = Files.walk(Path.of("examples"))) {
            List<Path> scripts = walk.filter(Files::isRegularFile).filter(ShellScriptsTest::isShellScript)
                    .sorted().toList();
            return scripts.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isShellScript(Path file) {
        if (file.getFileName().toString().endsWith(".sh")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            String start = new String(in.readNBytes(128), StandardCharsets.ISO_8859_1);
            return SHELL_SHEBANG.matcher(start.lines().findFirst().orElse("")).matches();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
