package dev.gantry.model.pipelines;

import dev.gantry.diag.Position;
import dev.gantry.model.Located;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One environment's part in the main-branch workflow: {@code environments.<env>.pipelines}. */
public record EnvironmentPipelineSettings(Position smokeAt, List<SmokeCheck> smoke, Optional<Deploy> deploy) {

    /** An HTTP request to a service of the environment's compose stack, and the answer it must give. */
    public record SmokeCheck(Located<String> service, Optional<Located<Integer>> port, String path, int status,
            Optional<String> contains) {
    }

    /** How the environment's ECS services are rolled out, and who approves it. */
    public record Deploy(Position at, String cluster, String awsRole, Optional<String> region, Rollout rollout,
            Optional<String> approvalEnvironment, Map<String, ServiceDeploy> services) {
    }

    /** One service's rollout where it differs from the environment's. */
    public record ServiceDeploy(Position at, Optional<String> ecsService, Rollout rollout,
            Optional<Located<Integer>> port) {
    }

    public boolean hasWork() {
        return !smoke.isEmpty() || deploy.isPresent();
    }
}
