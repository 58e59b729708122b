package dev.gantry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the commands behave as commands: help, what they print on success, exit codes of the command line. */
class CommandLineTest {

    private static final List<String> COMMANDS = List.of("init", "validate", "generate", "diff", "schema", "catalog",
            "generate-completion", "help");

    private static final String EXAMPLE = Path.of("examples", "ezplatform", "environment.yaml").toString();

    @Test
    void everyCommandTakesHelp() {
        for (String command : COMMANDS) {
            for (String flag : List.of("-h", "--help")) {
                CliRun help = CliRun.of(command, flag);
                assertEquals(0, help.exit(), command + " " + flag + ": " + help.err());
                assertTrue(help.out().startsWith("Usage: gantry " + command + " ")
                        || help.out().contains("\nUsage: gantry " + command + " "), command + " " + flag + ": " + help.out());
                assertEquals("", help.err(), command + " " + flag);
            }
        }
    }

    @Test
    void helpListsTheCommandsAndDescribesEach() {
        CliRun help = CliRun.of("help");
        assertEquals(0, help.exit(), help.err());
        assertEquals(CliRun.of("--help").out(), help.out());
        for (String command : COMMANDS) {
            assertTrue(help.out().contains("\n  " + command + " "), command + " is not listed:\n" + help.out());
            CliRun about = CliRun.of("help", command);
            assertEquals(0, about.exit(), command + ": " + about.err());
            assertEquals(CliRun.of(command, "--help").out(), about.out(), command);
        }
        CliRun unknown = CliRun.of("help", "generat");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("Unknown subcommand 'generat'"), unknown.err());
    }

    @Test
    void validateSaysWhatAValidFileDescribes() {
        CliRun valid = CliRun.of("validate", "-f", EXAMPLE);
        assertEquals(0, valid.exit(), valid.err());
        assertEquals(EXAMPLE + ": valid, 4 environments, 7 services\n", valid.out());
        assertEquals("", CliRun.of("validate", "-q", "-f", EXAMPLE).out());
        assertEquals("", CliRun.of("validate", "--quiet", "-f", EXAMPLE).out());
        String json = CliRun.of("validate", "--error-format", "json", "-f", EXAMPLE).out();
        assertTrue(json.startsWith("[") && !json.contains("valid,"), "JSON alone on stdout:\n" + json);
    }

    @Test
    void validateCountsInTheSingularAndServicesOnce(@TempDir Path dir) {
        CliRun valid = new TempProject(dir).write("""
                gantry: 1
                project: {name: demo}
                services:
                  web: {image: "nginx:1.27.3"}
                environments:
                  dev:
                    targets: [compose]
                    services:
                      web: {ports: [8080]}
                """).run("validate");
        assertEquals(0, valid.exit(), valid.err());
        assertEquals(dir.resolve("environment.yaml") + ": valid, 1 environment, 1 service\n", valid.out());
    }

    @Test
    void quietGenerateSaysNothingUnlessSomethingIsWrong(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write(TempProject.minimal());
        CliRun first = project.run("generate", "-q");
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.out() + first.err());
        CliRun current = project.run("generate", "--check", "--quiet");
        assertEquals(0, current.exit(), current.err());
        assertEquals("", current.out() + current.err());
        project.write(TempProject.minimal().replace("echo hello", "echo bonjour"));
        CliRun stale = project.run("generate", "--check", "-q");
        assertEquals(3, stale.exit());
        assertTrue(stale.out().contains("+RUN echo bonjour"), "the stale files are still shown:\n" + stale.out());
    }

    @Test
    void anEnvironmentOrTargetTheFileOrBuildLacksIsABadCommandLine() {
        CliRun env = CliRun.of("generate", "--check", "-f", EXAMPLE, "--env", "staging");
        assertEquals(2, env.exit(), env.err());
        assertTrue(env.err().contains("--env staging: no such environment"), env.err());
        CliRun target = CliRun.of("diff", "-f", EXAMPLE, "--target", "compsoe");
        assertEquals(2, target.exit(), target.err());
        assertTrue(target.err().contains("--target compsoe: no such target\n  hint: did you mean `compose`?"),
                target.err());
    }

    @Test
    void anInvalidFileStaysExitOneWhateverTheSelection(@TempDir Path dir) {
        TempProject project = new TempProject(dir).write("gantry: 1\nproject: {name: Shop}\n");
        assertEquals(1, project.run("generate", "--env", "nope").exit());
    }
}
