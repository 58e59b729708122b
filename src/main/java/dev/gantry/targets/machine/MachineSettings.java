package dev.gantry.targets.machine;

import java.util.List;

/** The docker-machine settings of one environment, bound and checked: what its script needs. */
record MachineSettings(MachineDriver driver, int count, List<CreateArg> createArgs, List<DriftCheck> driftChecks) {
}
