package dev.gantry.targets.pipelines;

import dev.gantry.bind.Fields;
import dev.gantry.load.YMap;
import dev.gantry.load.YScalar;
import dev.gantry.model.Located;
import java.util.Optional;

/**
 * Rollout settings as written at one level (an environment's {@code deploy}, or one service under
 * {@code deploy.services}); each value keeps its position, so a setting that does not apply to the
 * strategy in force can be pointed at.
 */
record Rollout(Optional<Located<String>> strategy, Optional<Located<Integer>> minHealthyPercent,
        Optional<Located<Integer>> maxPercent, Optional<Located<CodeDeploy>> codedeploy) {

    static final String ROLLING = "rolling";
    static final String BLUE_GREEN = "blue-green";

    record CodeDeploy(String application, String deploymentGroup) {
    }

    static Rollout bind(YMap map) {
        return new Rollout(Fields.located(map, "strategy"), integer(map, "min_healthy_percent"),
                integer(map, "max_percent"), Fields.optionalMap(map, "codedeploy").map(c -> new Located<>(
                        new CodeDeploy(Fields.string(c, "application").orElseThrow(),
                                Fields.string(c, "deployment_group").orElseThrow()), map.keyPosition("codedeploy"))));
    }

    static Optional<Located<Integer>> integer(YMap map, String key) {
        return map.get(key).filter(YScalar.class::isInstance).map(YScalar.class::cast)
                .filter(s -> s.value() instanceof Long)
                .map(s -> new Located<>(((Long) s.value()).intValue(), map.keyPosition(key)));
    }
}
