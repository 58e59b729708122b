package dev.gantry.targets.pipelines;

import dev.gantry.diag.Code;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import dev.gantry.model.Port;
import dev.gantry.model.Service;
import dev.gantry.model.pipelines.EnvironmentPipelineSettings;
import dev.gantry.plan.local.LocalRun;
import dev.gantry.targets.ArtifactPaths;
import dev.gantry.util.Similarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The smoke jobs of the main-branch workflow: an environment's compose stack started on the
 * runner with the images just built, and HTTP requests to the host ports its services publish.
 */
final class SmokeJobs {

    /** One job: the compose stack of {@code environment} and the requests to make. */
    public record Job(String environment, String id, String composeFile, String composeProject,
            List<String> variables, List<Request> checks) {
    }

    /** One request; {@code contains} is empty when only the status counts. */
    public record Request(String service, String url, int status, String contains) {
    }

    private SmokeJobs() {
    }

    static Optional<Job> plan(EnvironmentPipeline pipeline, Diagnostics diagnostics) {
        if (pipeline.smoke().isEmpty()) {
            return Optional.empty();
        }
        Environment env = pipeline.environment();
        if (!env.uses("compose")) {
            diagnostics.error(Code.TARGET_CONFIG, pipeline.smokeAt(),
                    "smoke checks of environment `" + env.id() + "` run against its compose stack, but it does not"
                            + " list the `compose` target",
                    "add `compose` to `environments." + env.id() + ".targets`");
            return Optional.empty();
        }
        List<Request> checks = new ArrayList<>();
        for (EnvironmentPipelineSettings.SmokeCheck check : pipeline.smoke()) {
            request(env, check, diagnostics).ifPresent(checks::add);
        }
        LocalRun run = pipeline.plan().local().orElseThrow();
        List<String> variables = new java.util.TreeSet<>(run.variables().keySet()).stream()
                .filter(v -> !v.equals(LocalRun.IMAGE_TAG) && run.variables().get(v).mustBeSet()).toList();
        return Optional.of(new Job(env.id(), "smoke-" + env.id(), ArtifactPaths.composeFile(env.id()),
                run.projectName(), variables, checks));
    }

    private static Optional<Request> request(Environment env, EnvironmentPipelineSettings.SmokeCheck check,
            Diagnostics diagnostics) {
        Located<String> name = check.service();
        Service service = env.services().get(name.value());
        if (service == null || service.isExternal()) {
            List<String> running = env.services().values().stream().filter(s -> !s.isExternal())
                    .map(Service::id).toList();
            diagnostics.error(Code.UNKNOWN_REFERENCE, name.at(),
                    "smoke check of environment `" + env.id() + "` asks service `" + name.value()
                            + "`, which its compose stack does not run",
                    Similarity.didYouMean(name.value(), running, "services"));
            return Optional.empty();
        }
        List<Port> published = service.network().ports().stream().filter(p -> p.published().isPresent())
                .filter(p -> check.port().isEmpty() || p.target() == check.port().get().value()).toList();
        if (published.size() != 1) {
            reportPort(env, check, published.size(), diagnostics);
            return Optional.empty();
        }
        Port port = published.get(0);
        String host = port.hostIp().filter(ip -> !ip.equals("0.0.0.0") && !ip.equals("::"))
                .map(ip -> ip.contains(":") ? "[" + ip + "]" : ip).orElse("127.0.0.1");
        return Optional.of(new Request(service.id(), "http://" + host + ":" + port.published().getAsInt()
                + check.path(), check.status(), check.contains().orElse("")));
    }

    private static void reportPort(Environment env, EnvironmentPipelineSettings.SmokeCheck check, int found,
            Diagnostics diagnostics) {
        String service = check.service().value();
        if (check.port().isPresent()) {
            diagnostics.error(Code.TARGET_CONFIG, check.port().get().at(),
                    "service `" + service + "` does not publish container port " + check.port().get().value()
                            + " on the host in environment `" + env.id() + "`",
                    "publish it under `ports:` (e.g. `\"8080:" + check.port().get().value() + "\"`), or ask another port");
        } else if (found == 0) {
            diagnostics.error(Code.TARGET_CONFIG, check.service().at(),
                    "service `" + service + "` publishes no port on the host in environment `" + env.id()
                            + "`, so the smoke check cannot reach it",
                    "publish one under `ports:`, e.g. `\"8080:80\"`, or check the service in front of it");
        } else {
            diagnostics.error(Code.TARGET_CONFIG, check.service().at(),
                    "service `" + service + "` publishes " + found + " ports in environment `" + env.id()
                            + "`; the smoke check does not say which to ask",
                    "add `port: <container port>` to the check");
        }
    }
}
