package dev.gantry.util;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Opt-in stage timings for finding where a run spends its time: with {@code GANTRY_PROFILE=1} in the
 * environment, {@link #report} prints on stderr (never stdout, which carries the command's output)
 * the time from the JVM's start to {@code main}, each stage's wall time and the main thread's CPU
 * time in it (far below wall time: the machine is busy, or the stage waits for disk), and the classes
 * loaded. Off, each
 * call is one boolean test.
 */
public final class Profile {

    private static final boolean ON = "1".equals(System.getenv("GANTRY_PROFILE"));
    private static final Map<String, long[]> STAGES = new LinkedHashMap<>();
    private static ThreadMXBean threads;
    private static long last;
    private static long lastCpu;
    private static long mainEntered;

    private Profile() {
    }

    public static boolean on() {
        return ON;
    }

    /** Called first thing in {@code main}: the time before it is the JVM's start-up and class loading. */
    public static void mainEntered() {
        if (ON) {
            mainEntered = System.currentTimeMillis();
            threads = ManagementFactory.getThreadMXBean();
            last = System.nanoTime();
            lastCpu = threads.getCurrentThreadCpuTime();
        }
    }

    /** Ends the stage called {@code stage}: the time since the previous mark is counted under its name. */
    public static void mark(String stage) {
        if (ON) {
            long now = System.nanoTime();
            long cpu = threads.getCurrentThreadCpuTime();
            long[] times = STAGES.computeIfAbsent(stage, s -> new long[2]);
            times[0] += now - last;
            times[1] += cpu - lastCpu;
            last = now;
            lastCpu = cpu;
        }
    }

    public static void report(PrintStream err) {
        if (!ON) {
            return;
        }
        mark("(rest)");
        long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
        long wall = (mainEntered - jvmStart) * 1_000_000;
        long cpu = 0;
        StringBuilder out = new StringBuilder(String.format("gantry profile: %-28s %9s %9s%n", "stage", "wall ms",
                "cpu ms"));
        out.append(String.format("  %-42s %9d %9s%n", "JVM start to main", mainEntered - jvmStart, "-"));
        for (Map.Entry<String, long[]> stage : STAGES.entrySet()) {
            wall += stage.getValue()[0];
            cpu += stage.getValue()[1];
            out.append(String.format("  %-42s %9.1f %9.1f%n", stage.getKey(), stage.getValue()[0] / 1e6,
                    stage.getValue()[1] / 1e6));
        }
        out.append(String.format("  %-42s %9.1f %9.1f%n", "total", wall / 1e6, cpu / 1e6));
        out.append(String.format("  classes loaded: %d%n",
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount()));
        err.print(out);
        err.flush();
    }
}
