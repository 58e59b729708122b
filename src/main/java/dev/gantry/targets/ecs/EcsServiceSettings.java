package dev.gantry.targets.ecs;

import dev.gantry.bind.Fields;
import dev.gantry.load.YMap;
import dev.gantry.model.Located;
import dev.gantry.model.Service;
import java.util.Map;
import java.util.Optional;

/** A service's own ECS settings ({@code services.<name>.ecs}), with the place of each. */
record EcsServiceSettings(Optional<Located<String>> task, Optional<Located<Boolean>> essential,
        Optional<Located<Double>> cpu, Optional<Located<Long>> memoryMiB,
        Optional<Located<Long>> memoryReservationMiB) {

    static EcsServiceSettings of(Service service) {
        YMap m = service.settings(EcsTarget.NAME).orElse(new YMap(Map.of(), service.name().at()));
        return new EcsServiceSettings(Fields.located(m, "task"),
                Fields.optionalFlag(m, "essential").map(b -> new Located<>(b, m.keyPosition("essential"))),
                EcsSettings.number(m, "cpu"), EcsSettings.size(m, "memory"),
                EcsSettings.size(m, "memory_reservation"));
    }
}
