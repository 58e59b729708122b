package dev.gantry.targets.compose;

import dev.gantry.catalog.Connections;
import dev.gantry.catalog.EtcdSeed;
import dev.gantry.catalog.Value;
import dev.gantry.model.Environment;
import dev.gantry.model.Project;
import dev.gantry.targets.ArtifactFormat;
import dev.gantry.targets.ArtifactPlan;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The etcd seed of a compose environment: the script {@code docker/<env>/<etcd>/seed.sh}, which puts
 * the components' keys into etcd (and runs on its own against any endpoint), and the one-shot
 * service {@code <etcd>-seed} that runs it once etcd is healthy. The official etcd image has no
 * shell, so the script runs in a pinned Debian image with Debian's etcdctl, installed at start.
 */
final class EtcdSeedService {

    static final String IMAGE = "debian:bookworm-20251229-slim";
    static final String MOUNT = "/seed/seed.sh";
    private static final String SCRIPT = "command -v etcdctl >/dev/null || { apt-get update -qq"
            + " && apt-get install -y -qq --no-install-recommends etcd-client >/dev/null; };"
            + " exec bash " + MOUNT + " --endpoints \"$1\"";

    private EtcdSeedService() {
    }

    static String path(Environment env, EtcdSeed seed) {
        return ConfigFiles.FOLDER + "/" + env.id() + "/" + seed.etcd().id() + "/seed.sh";
    }

    static ArtifactPlan plan(Project project, Environment env, EtcdSeed seed) {
        return new ArtifactPlan(path(env, seed), "compose/etcd-seed.sh.ftl",
                Map.of("project", project, "environment", env.id(), "etcd", seed.etcd().id(), "keys", seed.keys(),
                        "components", seed.components()),
                ArtifactFormat.SHELL, "the etcd seed of environment " + env.id());
    }

    static ComposeService service(Environment env, EtcdSeed seed, Connections connections) {
        Value endpoint = connections.instance(seed.etcd()).orElseThrow().connection("url").orElseThrow();
        Map<String, String> dependsOn = new LinkedHashMap<>();
        if (seed.etcd().external().isEmpty()) {
            dependsOn.put(seed.etcd().id(), "service_healthy");
        }
        return ComposeService.oneShot(seed.serviceName(),
                "One-shot: puts the components' keys into " + seed.etcd().id() + " (" + path(env, seed) + ")",
                Value.text(IMAGE), List.of(Value.text("bash"), Value.text("-c"), Value.text(SCRIPT),
                        Value.text("seed"), endpoint),
                Map.of("DEBIAN_FRONTEND", Value.text("noninteractive")),
                List.of("./" + path(env, seed) + ":" + MOUNT + ":ro"), dependsOn);
    }
}
