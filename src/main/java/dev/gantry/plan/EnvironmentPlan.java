package dev.gantry.plan;

import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.model.Environment;
import dev.gantry.plan.ecs.TaskLayout;
import dev.gantry.plan.local.LocalRun;
import dev.gantry.plan.platform.PlatformPlan;
import java.util.Optional;

/**
 * One environment as every target reads it, computed once: the resolved environment, how its
 * services reach one another, its etcd seed, how it runs locally with compose (when it uses the
 * compose target), the same containers as a Kubernetes cluster runs them (when it uses the
 * kubernetes target), which containers would run together on ECS (what the ecs target writes and
 * the pipelines deploy), and what Platform.sh or Upsun runs (when it lists one of them; what their
 * targets write and dump-prod reads).
 */
public record EnvironmentPlan(Environment env, Connections connections, Optional<EtcdSeed> etcdSeed,
        Optional<LocalRun> local, Optional<LocalRun> cluster, TaskLayout ecsTasks, Optional<PlatformPlan> platform) {

    public String id() {
        return env.id();
    }
}
