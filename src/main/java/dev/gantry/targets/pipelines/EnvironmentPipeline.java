package dev.gantry.targets.pipelines;

import dev.gantry.bind.Fields;
import dev.gantry.diag.Position;
import dev.gantry.load.YMap;
import dev.gantry.load.YNode;
import dev.gantry.model.Environment;
import dev.gantry.model.Located;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One environment's part in the main-branch workflow: {@code environments.<env>.pipelines}. */
record EnvironmentPipeline(Environment environment, Position smokeAt, List<SmokeCheck> smoke,
        Optional<Deploy> deploy) {

    /** An HTTP request to a service of the environment's compose stack, and the answer it must give. */
    record SmokeCheck(Located<String> service, Optional<Located<Integer>> port, String path, int status,
            Optional<String> contains) {
    }

    record Deploy(Position at, String cluster, String awsRole, Optional<String> region, Rollout rollout,
            Optional<String> approvalEnvironment, Map<String, ServiceDeploy> services) {
    }

    /** One service's rollout where it differs from the environment's. */
    record ServiceDeploy(Position at, Optional<String> ecsService, Rollout rollout,
            Optional<Located<Integer>> port) {
    }

    static EnvironmentPipeline bind(Environment env) {
        YMap block = env.settings("pipelines").orElse(new YMap(Map.of(), env.name().at()));
        List<SmokeCheck> smoke = new ArrayList<>();
        for (YNode item : Fields.list(block, "smoke")) {
            YMap check = (YMap) item;
            smoke.add(new SmokeCheck(Fields.located(check, "service").orElseThrow(), Rollout.integer(check, "port"),
                    Fields.string(check, "path").orElse("/"), Fields.integer(check, "status").orElse(200),
                    Fields.string(check, "contains")));
        }
        return new EnvironmentPipeline(env, block.keyPosition("smoke"), smoke,
                Fields.optionalMap(block, "deploy").map(d -> deploy(d, block.keyPosition("deploy"))));
    }

    private static Deploy deploy(YMap deploy, Position at) {
        Map<String, ServiceDeploy> services = new LinkedHashMap<>();
        Fields.map(deploy, "services").entries().forEach((name, entry) -> {
            YMap s = (YMap) entry.value();
            services.put(name, new ServiceDeploy(entry.keyPosition(), Fields.string(s, "ecs_service"),
                    Rollout.bind(s), Rollout.integer(s, "port")));
        });
        return new Deploy(at, Fields.string(deploy, "cluster").orElseThrow(),
                Fields.string(deploy, "aws_role").orElseThrow(), Fields.string(deploy, "region"),
                Rollout.bind(deploy),
                Fields.optionalMap(deploy, "approval").flatMap(a -> Fields.string(a, "environment")), services);
    }

    String id() {
        return environment.id();
    }

    boolean hasWork() {
        return !smoke.isEmpty() || deploy.isPresent();
    }
}
