package dev.gantry.model.pipelines;

import dev.gantry.model.Located;
import java.util.Optional;

/**
 * Rollout settings as written at one level (an environment's {@code deploy}, or one service under
 * {@code deploy.services}); each value keeps its position, so a setting that does not apply to the
 * strategy in force can be pointed at.
 */
public record Rollout(Optional<Located<Strategy>> strategy, Optional<Located<Integer>> minHealthyPercent,
        Optional<Located<Integer>> maxPercent, Optional<Located<CodeDeploy>> codedeploy) {

    /** How ECS replaces a service's tasks. */
    public enum Strategy {
        ROLLING("rolling"), BLUE_GREEN("blue-green");

        private final String value;

        Strategy(String value) {
            this.value = value;
        }

        /** The word environment.yaml uses. */
        public String value() {
            return value;
        }

        public static Strategy of(String value) {
            return value.equals(BLUE_GREEN.value) ? BLUE_GREEN : ROLLING;
        }
    }

    /** The CodeDeploy application and deployment group a blue-green rollout runs through. */
    public record CodeDeploy(String application, String deploymentGroup) {
    }
}
