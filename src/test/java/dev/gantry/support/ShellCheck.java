package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

/** A generated script as bash and shellcheck read it: it parses, and shellcheck finds nothing. */
public final class ShellCheck {

    private ShellCheck() {
    }

    public static void assertClean(Path script) throws Exception {
        Tools.require("bash");
        Tools.require("shellcheck");
        Processes.Result parse = Processes.run(script.getParent(), List.of("bash", "-n", script.toString()));
        assertEquals(0, parse.exit(), script + ": " + parse.output());
        Processes.Result check = Processes.run(script.getParent(), List.of("shellcheck", script.toString()));
        assertEquals(0, check.exit(), script + ": " + check.output());
    }
}
