package dev.gantry.targets.dockerfile;

import dev.gantry.model.HealthCheck;
import java.util.List;

/** What a Dockerfile template needs of one image: plain values, null where not set. */
public record ImageSection(String id, String description, String base, List<Entry> args, Config config,
        List<StageSection> stages) {

    public record Entry(String key, String value) {
    }

    /** What the image's final target sets for the containers run from it, and its raw lines at the end. */
    public record Config(List<Entry> env, List<Entry> labels, String workdir, String user, List<Integer> expose,
            List<String> entrypoint, List<String> cmd, HealthCheck healthcheck, List<String> rawEnd) {
    }

    /** The build target of the image's last stage, which its final alias builds on. */
    public String last() {
        return stages.isEmpty() ? base : stages.get(stages.size() - 1).target();
    }
}
