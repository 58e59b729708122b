package dev.gantry.targets;

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

    /** The compose file of an environment, at the root of the output folder. */
    public static String composeFile(String environment) {
        return "docker-compose." + environment + ".yml";
    }

    /** The task definition of a task named after {@code service}. */
    public static String ecsTaskDefinition(String environment, String service) {
        return "deploy/ecs/" + environment + "/" + service + ".task-definition.json";
    }

    /** The docker-machine deploy script of an environment. */
    public static String machineScript(String environment) {
        return "deploy/docker-machine/" + environment + "/deploy.sh";
    }
}
