package dev.gantry.targets.pipelines;

import dev.gantry.diag.Diagnostics;
import dev.gantry.diag.Problem;
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
            diagnostics.report(Problem.SMOKE_WITHOUT_COMPOSE, pipeline.smokeAt(), env.id());
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
            diagnostics.report(Problem.SMOKE_SERVICE_NOT_RUN, name.at(), env.id(), name.value(),
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
            diagnostics.report(Problem.SMOKE_PORT_NOT_PUBLISHED, check.port().get().at(), service,
                    check.port().get().value(), env.id());
        } else if (found == 0) {
            diagnostics.report(Problem.SMOKE_NO_PUBLISHED_PORT, check.service().at(), service, env.id());
        } else {
            diagnostics.report(Problem.SMOKE_PORT_AMBIGUOUS, check.service().at(), service, found, env.id());
        }
    }
}
