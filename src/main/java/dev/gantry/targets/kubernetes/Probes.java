package dev.gantry.targets.kubernetes;

import dev.gantry.diag.Findings;
import dev.gantry.diag.Position;
import dev.gantry.diag.Problem;
import dev.gantry.model.Command;
import dev.gantry.model.HealthCheck;
import dev.gantry.render.Doc;
import dev.gantry.util.Durations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A health check as probes: the same check tells Kubernetes when the container is ready (its Service
 * sends it traffic, and what waits for it starts) and when it is alive (else it is restarted). A check
 * that asks a local URL with curl is an HTTP probe, any other an exec probe. Docker's defaults apply
 * where the check sets nothing (every 30 s, 30 s to answer, 3 failures); a start period becomes a
 * startup probe, during which failures do not count, as in Docker.
 */
final class Probes {

    /** The form the catalog's (and most) HTTP checks take: {@code curl -fsS [-o /dev/null] URL [|| exit 1]}. */
    private static final Pattern CURL = Pattern.compile(
            "curl -fsS (?:-o /dev/null )?http://(?:127\\.0\\.0\\.1|localhost)(?::([0-9]{1,5}))?(/[^\\s'\"`$;&|<>]*)?"
                    + "(?: \\|\\| exit 1)?");
    private static final long DEFAULT_INTERVAL = 30;
    private static final long DEFAULT_TIMEOUT = 30;
    private static final int DEFAULT_RETRIES = 3;

    private Probes() {
    }

    /** Puts the probes of {@code check} into {@code container}; nothing when it is disabled or has no test. */
    static void put(Doc.Mapping container, Optional<HealthCheck> check, String name, Position at, Findings findings) {
        if (check.isEmpty() || check.get().disabled() || check.get().test().isEmpty()) {
            return;
        }
        HealthCheck c = check.get();
        List<String> rounded = new ArrayList<>();
        long period = seconds(c.interval(), DEFAULT_INTERVAL, "interval", rounded);
        long timeout = seconds(c.timeout(), DEFAULT_TIMEOUT, "timeout", rounded);
        int retries = c.retries().isPresent() ? Math.max(1, c.retries().getAsInt()) : DEFAULT_RETRIES;
        long start = c.startPeriod().map(Durations::millis).orElse(0L);
        if (!rounded.isEmpty()) {
            findings.report(Problem.K8S_PROBE_ROUNDED, at, name, String.join(", ", rounded));
        }
        Optional<Doc.Mapping> handler = handler(c.test().get());
        if (handler.isEmpty()) {
            return;
        }
        container.put("readinessProbe", probe(handler.get(), period, timeout, retries));
        container.put("livenessProbe", probe(handler.get(), period, timeout, retries));
        if (start > 0) {
            long during = (start / 1000 + period - 1) / period;
            container.put("startupProbe", probe(handler.get(), period, timeout, (int) (during + retries)));
        }
    }

    private static Doc.Mapping probe(Doc.Mapping handler, long period, long timeout, int failures) {
        Doc.Mapping probe = new Doc.Mapping();
        handler.entries().forEach(probe::put);
        return probe.put("periodSeconds", Doc.number(period)).put("timeoutSeconds", Doc.number(timeout))
                .put("failureThreshold", Doc.number(failures));
    }

    /** An httpGet for a curl of a local URL, else an exec of the command ({@code NONE}: no probe). */
    static Optional<Doc.Mapping> handler(Command test) {
        List<String> args = test.args();
        String shell = null;
        if (test.shell()) {
            shell = args.get(0);
        } else if (!args.isEmpty() && args.get(0).equals("CMD-SHELL") && args.size() == 2) {
            shell = args.get(1);
        } else if (!args.isEmpty() && args.get(0).equals("NONE")) {
            return Optional.empty();
        }
        if (shell != null) {
            Matcher curl = CURL.matcher(shell.strip());
            if (curl.matches()) {
                Doc.Mapping get = new Doc.Mapping().text("path", curl.group(2) == null ? "/" : curl.group(2))
                        .put("port", Doc.number(curl.group(1) == null ? 80 : Integer.parseInt(curl.group(1))));
                return Optional.of(new Doc.Mapping().put("httpGet", get));
            }
            return Optional.of(exec(List.of("/bin/sh", "-c", shell)));
        }
        List<String> command = !args.isEmpty() && args.get(0).equals("CMD") ? args.subList(1, args.size()) : args;
        return Optional.of(exec(command));
    }

    private static Doc.Mapping exec(List<String> command) {
        return new Doc.Mapping().put("exec", new Doc.Mapping().texts("command", command));
    }

    /** Whole seconds, at least 1; a value that is not is noted in {@code rounded}. */
    private static long seconds(Optional<String> duration, long fallback, String what, List<String> rounded) {
        if (duration.isEmpty()) {
            return fallback;
        }
        long millis = Durations.millis(duration.get());
        long whole = Math.max(1, (millis + 999) / 1000);
        if (whole * 1000 != millis) {
            rounded.add(what + " " + duration.get() + " -> " + whole + "s");
        }
        return whole;
    }
}
