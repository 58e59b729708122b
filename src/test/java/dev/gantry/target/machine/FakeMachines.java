package dev.gantry.target.machine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.gantry.support.CliRun;
import dev.gantry.support.TempProject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A project generated into a temp folder, with fake {@code docker-machine} and {@code docker-compose}
 * executables on PATH that record every call and keep machine state in files (see the fakes in
 * src/test/resources/dev/gantry/target/machine).
 */
final class FakeMachines {

    /** What one run of a deploy script did. */
    record ScriptRun(int exit, String out, String err) {
    }

    private final TempProject project;
    private final Path bin;
    private final Path state;

    FakeMachines(Path folder, String yaml) {
        bin = folder.resolve("bin");
        state = folder.resolve("state");
        try {
            project = new TempProject(Files.createDirectories(folder.resolve("project"))).write(yaml);
            Files.createDirectories(bin);
            Files.createDirectories(state.resolve("machines"));
            install("docker-machine");
            install("docker-compose");
            Files.writeString(state.resolve("fields"), fields());
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

    /** Writes the compose file an environment deploys (the compose target's output, here a stand-in). */
    FakeMachines composeFile(String environment) {
        write(project.folder().resolve(DockerMachineTarget.composeFile(environment)), "services: {}\n");
        return this;
    }

    TempProject project() {
        return project;
    }

    Path script(String environment) {
        return project.folder().resolve(DockerMachineTarget.scriptPath(environment));
    }

    ScriptRun deploy(String environment, String... args) {
        List<String> command = new ArrayList<>(List.of("bash", script(environment).toString()));
        command.addAll(Arrays.asList(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(state.toFile());
        Map<String, String> env = builder.environment();
        env.put("PATH", bin + ":" + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("FAKE_STATE", state.toString());
        env.remove("DOCKER_MACHINE");
        env.remove("DOCKER_COMPOSE");
        env.put("DOCKER_HOST", "tcp://outer.invalid:2376");
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] out = process.getInputStream().readAllBytes();
            byte[] err = process.getErrorStream().readAllBytes();
            return new ScriptRun(process.waitFor(), new String(out, StandardCharsets.UTF_8),
                    new String(err, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every call the fakes recorded, in order: the tool, then each argument exactly as received. */
    List<List<String>> calls() {
        Path calls = state.resolve("calls");
        if (!Files.isDirectory(calls)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(calls)) {
            List<List<String>> out = new ArrayList<>();
            for (Path file : files.filter(f -> !f.toString().endsWith(".env")).sorted().toList()) {
                String text = Files.readString(file);
                out.add(List.of(text.substring(0, text.length() - 1).split("\u0000", -1)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The calls whose first words are {@code prefix}, e.g. ("docker-machine", "create"). */
    List<List<String>> calls(String... prefix) {
        return calls().stream().filter(c -> c.size() >= prefix.length
                && c.subList(0, prefix.length).equals(List.of(prefix))).toList();
    }

    /** The Docker engine variables the n-th docker-compose call saw, as `NAME=value` lines. */
    List<String> composeEnvironment(int n) {
        try (Stream<Path> files = Files.list(state.resolve("calls"))) {
            List<Path> envs = files.filter(f -> f.toString().endsWith(".env")).sorted().toList();
            return Files.readAllLines(envs.get(n));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void forgetCalls() {
        try (Stream<Path> files = Files.walk(state.resolve("calls"))) {
            for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Sets what the fake keeps for a machine: `state`, a create flag's value, `stale-certs`, `env-broken`. */
    void machineFile(String machine, String file, String content) {
        write(state.resolve("machines").resolve(machine).resolve(file), content + "\n");
    }

    /** True when a value reached a shell that evaluated it: the fakes' canary files. */
    boolean evaluated() {
        return Files.exists(state.resolve("evaluated"));
    }

    Path state() {
        return state;
    }

    private void install(String tool) throws IOException {
        try (InputStream in = FakeMachines.class.getResourceAsStream(tool)) {
            Path target = bin.resolve(tool);
            Files.write(target, in.readAllBytes());
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
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

    private static void write(Path file, String content) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
