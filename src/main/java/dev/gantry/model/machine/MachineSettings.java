package dev.gantry.model.machine;

import java.util.List;

/**
 * The docker-machine settings of one environment, bound and checked: the driver, the machines by
 * name, how {@code docker-machine create} makes them, and the settings the script compares with
 * machines that exist already.
 */
public record MachineSettings(Driver driver, List<String> machines, List<CreateArg> createArgs,
        List<DriftCheck> driftChecks) {

    /**
     * What the script needs to know of the driver: its name, the comment lines saying where
     * docker-machine finds credentials, and whether it sets up one existing host (generic) rather
     * than creating hosts.
     */
    public record Driver(String id, List<String> credentials, boolean existingHost) {
    }
}
