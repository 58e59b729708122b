package dev.gantry.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs an external program with a time limit and keeps what it printed. Output goes to temporary
 * files, not pipes, so a chatty program never blocks and the time limit always holds; at the limit
 * the program and its child processes are killed.
 */
public final class Processes {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);

    /** How a program ended and what it printed on stdout and stderr. */
    public record Result(List<String> command, int exit, String out, String err) {

        /** stdout, then stderr. */
        public String output() {
            return out + err;
        }

        /** The command, its exit status and everything it printed, for an assertion message. */
        public String describe() {
            return String.join(" ", command) + "\nexit " + exit + "\n--- stdout\n" + out + "--- stderr\n" + err;
        }

        /** Fails the test, showing everything the program printed, unless it exited with 0. */
        public Result assertSuccess() {
            assertEquals(0, exit, this::describe);
            return this;
        }
    }

    private Processes() {
    }

    public static Result run(Path directory, List<String> command) throws IOException, InterruptedException {
        return run(directory, Map.of(), null, command);
    }

    public static Result run(Path directory, Map<String, String> env, String stdin, List<String> command)
            throws IOException, InterruptedException {
        return run(directory, env, stdin, command, DEFAULT_TIMEOUT);
    }

    /**
     * Runs {@code command} in {@code directory} with {@code env} added to the test's environment and
     * {@code stdin} (or nothing) as its input. A program killed at the time limit has exit -1 and a
     * last line on stderr that says so.
     */
    public static Result run(Path directory, Map<String, String> env, String stdin, List<String> command,
            Duration timeout) throws IOException, InterruptedException {
        return run(directory, env, false, stdin, command, timeout);
    }

    /** Runs {@code command} with {@code env} as its whole environment: nothing of the test's own. */
    public static Result runInEnvironment(Path directory, Map<String, String> env, List<String> command)
            throws IOException, InterruptedException {
        return run(directory, env, true, null, command, DEFAULT_TIMEOUT);
    }

    private static Result run(Path directory, Map<String, String> env, boolean only, String stdin,
            List<String> command, Duration timeout) throws IOException, InterruptedException {
        Path in = Files.createTempFile("process", ".in");
        Path out = Files.createTempFile("process", ".out");
        Path err = Files.createTempFile("process", ".err");
        try {
            Files.writeString(in, stdin == null ? "" : stdin, StandardCharsets.UTF_8);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectInput(in.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile());
            if (only) {
                builder.environment().clear();
            }
            builder.environment().putAll(env);
            Process process = builder.start();
            boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (!finished) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor();
            }
            return new Result(List.copyOf(command), finished ? process.exitValue() : -1, read(out),
                    read(err) + (finished ? "" : "\nkilled at the time limit of " + timeout + "\n"));
        } finally {
            Files.deleteIfExists(in);
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
