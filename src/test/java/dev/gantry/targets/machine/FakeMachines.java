package dev.gantry.targets.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.bind.machine.MachineDriver;
import dev.gantry.support.CliRun;
import dev.gantry.support.FakeBin;
import dev.gantry.support.Processes;
import dev.gantry.support.TempProject;
import dev.gantry.targets.ArtifactPaths;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project generated into a temp folder, and its deploy scripts run by bash with the fake
 * {@code docker-machine} and {@code docker-compose} of src/test/resources/fakes first on PATH:
 * they record every call and keep machine state in files.
 */
final class FakeMachines {

    private final TempProject project;
    private final FakeBin bin;

    FakeMachines(Path folder, String yaml) {
        try {
            project = new TempProject(Files.createDirectories(folder.resolve("project"))).write(yaml);
            bin = new FakeBin(folder, "docker-machine", "docker-compose");
            bin.touch("fields", fields());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Generates the project; fails the test on any error. */
    FakeMachines generate() {
        CliRun run = project.run("generate");
        assertEquals(0, run.exit(), run.err());
        return this;
    }

    TempProject project() {
        return project;
    }

    Path script(String environment) {
        return project.folder().resolve(ArtifactPaths.machineScript(environment));
    }

    /** Runs an environment's deploy script; its output is stdout and stderr together. */
    Processes.Result deploy(String environment, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script(environment).toString()));
        command.addAll(Arrays.asList(args));
        Map<String, String> env = bin.env();
        env.put("DOCKER_HOST", "tcp://outer.invalid:2376");
        try {
            return Processes.run(bin.state(), env, null, command);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every call the fakes recorded, in order: the tool, then each argument exactly as received. */
    List<List<String>> calls() {
        try {
            return bin.calls();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calls whose first words are {@code prefix}, e.g. ("docker-machine", "create"). */
    List<List<String>> calls(String... prefix) {
        return calls().stream().filter(c -> c.size() >= prefix.length
                && c.subList(0, prefix.length).equals(List.of(prefix))).toList();
    }

    /**
     * The Docker engine each docker-compose call was pointed at: DOCKER_HOST, DOCKER_CERT_PATH,
     * DOCKER_TLS_VERIFY and DOCKER_MACHINE_NAME.
     */
    List<List<String>> engines() {
        try {
            String text = Files.readString(bin.state().resolve("engines"));
            return Stream.of(text.split("\u001e")).map(r -> List.of(r.substring(0, r.length() - 1).split("\0", -1)))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forgetCalls() {
        try {
            bin.clear();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets what the fake keeps for a machine: `state`, a create flag's value, `stale-certs`, `env-broken`. */
    void machineFile(String machine, String file, String content) {
        try {
            bin.touch("machines/" + machine + "/" + file, content + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when a shell evaluated a value: the canary the fake docker-machine's env output and hostile values name. */
    boolean evaluated() {
        return Files.exists(bin.state().resolve("evaluated"));
    }

    Path state() {
        return bin.state();
    }

    /** The fields `docker-machine inspect --format` reads, with the create flag that sets each. */
    private static String fields() {
        StringBuilder out = new StringBuilder();
        Stream.concat(Arrays.stream(MachineDriver.values()).flatMap(d -> d.options().stream()),
                MachineDriver.ENGINE_OPTIONS.stream()).forEach(option -> option.inspectFormat().ifPresent(format -> {
                    String field = format.substring(format.lastIndexOf('.') + 1, format.length() - 2);
                    out.append(field).append(' ').append(option.flag().substring(2)).append('\n');
                }));
        return out.toString();
    }
}
