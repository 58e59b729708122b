package dev.gantry.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real server a test starts on 127.0.0.1 (etcd, MariaDB), its output in a log file. It is stopped
 * by {@link #close()}, and when the JVM exits, whatever happened.
 */
public abstract class LocalServer implements AutoCloseable {

    /** Whether the server answers yet. */
    @FunctionalInterface
    public interface Probe {
        boolean ready() throws Exception;
    }

    /** Set-up once the server answers. */
    @FunctionalInterface
    public interface SetUp {
        void run() throws Exception;
    }

    private final Process process;
    private final Path log;
    private final Thread stopAtExit;

    protected LocalServer(List<String> command, Path log) throws IOException {
        this.process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        this.log = log;
        this.stopAtExit = new Thread(process::destroyForcibly);
        Runtime.getRuntime().addShutdownHook(stopAtExit);
    }

    /** Waits until {@code probe} says the server is ready, then runs {@code setUp}; stops the server if either fails. */
    protected final void awaitReady(Probe probe, SetUp setUp) throws Exception {
        try {
            // Minutes, not seconds: on a busy 2-core machine a server may take long to start.
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (!probe.ready()) {
                if (!process.isAlive() || System.nanoTime() > deadline) {
                    throw new IllegalStateException(getClass().getSimpleName() + " did not start: "
                            + Files.readString(log));
                }
                Thread.sleep(200);
            }
            setUp.run();
        } catch (Exception | AssertionError e) {
            close();
            throw e;
        }
    }

    /**
     * Stops the server (SIGSTOP) for {@code pause}, as a machine too busy to run it would, and returns
     * at once; it goes on (SIGCONT) after the pause.
     */
    public final void stall(Duration pause) throws IOException, InterruptedException {
        signal("STOP");
        Thread resume = new Thread(() -> {
            try {
                Thread.sleep(pause.toMillis());
                signal("CONT");
            } catch (IOException | InterruptedException e) {
                process.destroyForcibly();
            }
        }, "resume " + getClass().getSimpleName());
        resume.setDaemon(true);
        resume.start();
    }

    private void signal(String name) throws IOException, InterruptedException {
        Processes.run(Path.of("."), List.of("kill", "-" + name, Long.toString(process.pid()))).assertSuccess();
    }

    @Override
    public final void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        Runtime.getRuntime().removeShutdownHook(stopAtExit);
    }
}
