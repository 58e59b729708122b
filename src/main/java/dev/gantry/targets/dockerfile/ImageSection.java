package dev.gantry.targets.dockerfile;

import dev.gantry.model.HealthCheck;
import java.util.List;

/**
 * What a Dockerfile template needs of one image: plain values, null where not set. {@code base} is
 * what its first stage starts from ({@code ${APP_FROM}} when environments start it from different
 * images: {@code fromArgument} then holds that argument with its default); {@code syntax} the
 * Dockerfile frontend its build needs.
 */
public record ImageSection(String id, String description, String base, Entry fromArgument, List<Entry> args,
        Config config, List<StageSection> stages, String syntax) {

    public record Entry(String key, String value) {
    }

    /** What the image's final target sets for the containers run from it, and its raw lines at the end. */
    public record Config(List<Entry> env, List<Entry> labels, String workdir, String user, List<Integer> expose,
            List<String> entrypoint, List<String> cmd, HealthCheck healthcheck, String stopSignal,
            List<String> rawEnd) {
    }

    /** The build target of the image's last stage, which its final alias builds on. */
    public String last() {
        return stages.isEmpty() ? base : stages.get(stages.size() - 1).target();
    }
}
