package dev.gantry.targets.ecs;

import dev.gantry.diag.Problem;
import dev.gantry.diag.Findings;
import dev.gantry.diag.Position;
import dev.gantry.model.Command;
import dev.gantry.model.HealthCheck;
import dev.gantry.util.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Health checks in ECS's terms: a command that starts with CMD or CMD-SHELL and whole seconds
 * within ECS's ranges. A value outside a range is clamped to it with a warning, so the task still
 * registers and the user sees what changed.
 */
final class EcsHealthChecks {

    private record Range(String name, int min, int max) {
    }

    private static final Range INTERVAL = new Range("interval", 5, 300);
    private static final Range TIMEOUT = new Range("timeout", 2, 60);
    private static final Range RETRIES = new Range("retries", 1, 10);
    private static final Range START_PERIOD = new Range("start_period", 0, 300);

    private EcsHealthChecks() {
    }

    /** The ECS health check, or empty when the check is disabled or has no command. */
    static Optional<ContainerDefinition.HealthCheck> of(Optional<HealthCheck> check, String service, Position at,
            Findings findings) {
        if (check.isEmpty() || check.get().disabled() || check.get().test().isEmpty()) {
            return Optional.empty();
        }
        HealthCheck c = check.get();
        List<String> changes = new ArrayList<>();
        Integer interval = seconds(c.interval(), INTERVAL, changes);
        Integer timeout = seconds(c.timeout(), TIMEOUT, changes);
        Integer retries = c.retries().isPresent()
                ? clamp(c.retries().getAsInt(), RETRIES, Integer.toString(c.retries().getAsInt()), changes) : null;
        Integer startPeriod = seconds(c.startPeriod(), START_PERIOD, changes);
        if (!changes.isEmpty()) {
            findings.report(Problem.ECS_HEALTH_CHECK_ADJUSTED, at, service, String.join(", ", changes));
        }
        return Optional.of(new ContainerDefinition.HealthCheck(command(c.test().get()), interval, timeout, retries,
                startPeriod));
    }

    /** {@code ["CMD-SHELL", "..."]} for a shell string, {@code ["CMD", ...]} for arguments. */
    static List<String> command(Command test) {
        if (test.shell()) {
            return List.of("CMD-SHELL", test.args().get(0));
        }
        List<String> args = test.args();
        if (!args.isEmpty() && (args.get(0).equals("CMD") || args.get(0).equals("CMD-SHELL"))) {
            return args;
        }
        List<String> out = new ArrayList<>(List.of("CMD"));
        out.addAll(args);
        return out;
    }

    private static Integer seconds(Optional<String> duration, Range range, List<String> changes) {
        if (duration.isEmpty()) {
            return null;
        }
        long millis = Durations.millis(duration.get());
        long whole = Durations.seconds(duration.get());
        if (whole * 1000 != millis && whole >= range.min() && whole <= range.max()) {
            changes.add(range.name() + " " + duration.get() + " -> " + whole + "s (whole seconds)");
        }
        return clamp((int) Math.min(whole, Integer.MAX_VALUE), range, duration.get(), changes);
    }

    private static int clamp(int value, Range range, String written, List<String> changes) {
        int clamped = Math.max(range.min(), Math.min(range.max(), value));
        if (clamped != value) {
            String unit = range == RETRIES ? "" : "s";
            changes.add(range.name() + " " + written + " -> " + clamped + unit + " (the "
                    + (clamped > value ? "least" : "most") + " ECS allows)");
        }
        return clamped;
    }
}
