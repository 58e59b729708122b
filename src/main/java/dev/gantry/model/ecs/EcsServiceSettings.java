package dev.gantry.model.ecs;

import dev.gantry.model.Located;
import java.util.Optional;

/** A service's own ECS settings ({@code services.<name>.ecs}), with the place of each. */
public record EcsServiceSettings(Optional<Located<String>> task, Optional<Located<Boolean>> essential,
        Optional<Located<Double>> cpu, Optional<Located<Long>> memoryMiB,
        Optional<Located<Long>> memoryReservationMiB) {

    public static final EcsServiceSettings NONE = new EcsServiceSettings(Optional.empty(), Optional.empty(),
            Optional.empty(), Optional.empty(), Optional.empty());
}
