package dev.gantry.plan;

import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.diag.Diagnostics;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.plan.ecs.TaskLayout;
import dev.gantry.plan.local.LocalRunPlanner;
import dev.gantry.plan.platform.PlatformPlan;
import dev.gantry.plan.platform.PlatformPlanner;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the project's plan: each environment's connections, etcd seed, local run, cluster run,
 * ECS task layout and Platform.sh (or Upsun) plan.
 */
public final class Planner {

    private Planner() {
    }

    public static ProjectPlan plan(Project project, Diagnostics diagnostics) {
        Map<String, PlatformPlan> platforms = PlatformPlanner.planAll(project, diagnostics);
        Map<String, EnvironmentPlan> environments = new LinkedHashMap<>();
        ImageOrder images = ImageOrder.of(project);
        for (Environment env : project.environments().values()) {
            environments.put(env.id(), environment(project, images, env,
                    Optional.ofNullable(platforms.get(env.id())), diagnostics));
        }
        return new ProjectPlan(project, environments, images);
    }

    private static EnvironmentPlan environment(Project project, ImageOrder images, Environment env,
            Optional<PlatformPlan> platform, Diagnostics diagnostics) {
        Connections connections = new Connections(env.services());
        Optional<EtcdSeed> seed = EtcdSeed.of(project, env);
        return new EnvironmentPlan(env, connections, seed,
                env.settings().compose().map(c -> LocalRunPlanner.plan(project, images, env, connections, seed)),
                env.settings().kubernetes().map(k -> LocalRunPlanner.cluster(project, images, env, connections,
                        seed, k.namespace())),
                TaskLayout.of(env, env.uses("ecs") ? diagnostics : new Diagnostics(diagnostics.file())),
                platform);
    }
}
