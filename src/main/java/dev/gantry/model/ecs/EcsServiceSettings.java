package dev.gantry.model.ecs;

import dev.gantry.model.Located;
import dev.gantry.model.Raw;
import java.util.Optional;

/**
 * A service's own ECS settings ({@code services.<name>.ecs}), with the place of each. {@code taskRaw} is
 * its {@code raw} block: keys of the task definition of the task the service leads, like its size.
 */
public record EcsServiceSettings(Optional<Located<String>> task, Optional<Located<Boolean>> essential,
        Optional<Located<Double>> cpu, Optional<Located<Long>> memoryMiB,
        Optional<Located<Long>> memoryReservationMiB, Optional<Raw.Mapping> taskRaw) {

    public static final EcsServiceSettings NONE = new EcsServiceSettings(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
}
