package dev.gantry.targets;

import java.util.Optional;

/**
 * Where targets write the artifacts that other targets' artifacts name: a workflow registers a task
 * definition, a deploy script runs a compose file, dump-prod and ./dk call both. One place, so that
 * no target asks another where it writes.
 */
public final class ArtifactPaths {

    /** The folder of the per-stage Dockerfiles and the stage build script. */
    public static final String STAGES_DIR = ".docker";
    /** The developer's control script. */
    public static final String CONTROL = "dk";
    /** The script that copies production's data into a local environment. */
    public static final String DUMP_PROD = "deploy/dump-prod.sh";

    private ArtifactPaths() {
    }

    private static final String COMPOSE_PREFIX = "docker-compose.";
    private static final String COMPOSE_SUFFIX = ".yml";

    /** The compose file of an environment, at the root of the output folder. */
    public static String composeFile(String environment) {
        return COMPOSE_PREFIX + environment + COMPOSE_SUFFIX;
    }

    /** The environment whose compose file is at {@code path}, when it is one. */
    public static Optional<String> environmentOfComposeFile(String path) {
        return path.startsWith(COMPOSE_PREFIX) && path.endsWith(COMPOSE_SUFFIX) && !path.contains("/")
                && path.length() > COMPOSE_PREFIX.length() + COMPOSE_SUFFIX.length()
                ? Optional.of(path.substring(COMPOSE_PREFIX.length(), path.length() - COMPOSE_SUFFIX.length()))
                : Optional.empty();
    }

    /** The task definition of a task named after {@code service}. */
    public static String ecsTaskDefinition(String environment, String service) {
        return "deploy/ecs/" + environment + "/" + service + ".task-definition.json";
    }

    /** The folder of an environment's Kubernetes manifests and kustomization, which {@code kubectl apply -k} takes. */
    public static String kubernetesFolder(String environment) {
        return "deploy/kubernetes/" + environment;
    }

    /** The docker-machine deploy script of an environment. */
    public static String machineScript(String environment) {
        return "deploy/docker-machine/" + environment + "/deploy.sh";
    }
}
